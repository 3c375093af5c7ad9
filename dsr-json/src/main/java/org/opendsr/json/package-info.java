/**
 * Jackson wire format of the public model: strict, versioned documents. The mapping arrives with
 * its own issue; for now this module holds its architecture test.
 */
package org.opendsr.json;
