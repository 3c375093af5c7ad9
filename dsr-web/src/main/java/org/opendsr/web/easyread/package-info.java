/**
 * "My DSR" in the web application: a person's own entry as an Easy Read page and as a printable,
 * tagged PDF booklet, each read through the access-controlled register as a read of the person's
 * record, so it is authorised by the library's access rules and audited.
 */
package org.opendsr.web.easyread;
