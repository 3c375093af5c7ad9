/**
 * The JSON wire format of the public model of OpenDSR: strict, versioned documents. {@link
 * org.opendsr.json.DsrJson} writes and reads them; {@link org.opendsr.json.JsonFormatException}
 * reports every problem of a document with its JSON path and without its values.
 *
 * <p>The domain modules carry no Jackson annotations: the mapping is written out here, type by
 * type, on Jackson's streaming parser and tree model, so the wire format changes only when this
 * module says so and a reader controls exactly what it accepts.
 */
package org.opendsr.json;
