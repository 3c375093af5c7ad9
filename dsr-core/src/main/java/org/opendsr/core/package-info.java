/** The register. */
package org.opendsr.core;
