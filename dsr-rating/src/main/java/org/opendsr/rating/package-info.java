/** RAG(B) stratification. */
package org.opendsr.rating;
