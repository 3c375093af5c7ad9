/**
 * "My DSR" rendered: an Easy Read document as an accessible HTML page ({@link
 * org.opendsr.easyread.render.EasyReadHtml}) and a tagged A4 PDF booklet ({@link
 * org.opendsr.easyread.render.EasyReadPdf}), with the project's own pictograms ({@link
 * org.opendsr.easyread.render.Pictograms}).
 */
package org.opendsr.easyread.render;
