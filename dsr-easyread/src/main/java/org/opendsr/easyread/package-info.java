/**
 * "My DSR": one person's own register entry, as of a date, as an Easy Read document. {@link
 * org.opendsr.easyread.EasyRead#document} is a pure function from the entry to a list of short
 * sections, each a heading and one-idea sentences with a picture key and its alt text. Rendering
 * (an HTML page, a printable PDF booklet) is done elsewhere from this model.
 *
 * <p>The words follow the "Easy Read guidance" in docs/sources.md: short sentences, one idea each,
 * everyday words, a picture beside each sentence, and every special word (DSR, C(E)TR, keyworker,
 * best interests, attorney) explained the first time it is used. The document is generated from the
 * entry's structured facts only, never from free text a professional typed, and it holds nothing
 * about other people and no NHS number.
 */
package org.opendsr.easyread;
