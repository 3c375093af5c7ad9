/**
 * The demo: a synthetic register of fictional people, walked through referral, consent, rating,
 * reviews and C(E)TRs over the months before today. Every NHS number is from the 999 test range,
 * which is never issued to a real person.
 */
package org.opendsr.examples.demo;
