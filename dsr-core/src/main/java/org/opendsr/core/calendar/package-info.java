/**
 * Working days and bank holidays for service standards counted in working days (e.g. first contact
 * within 5 working days of a referral).
 */
package org.opendsr.core.calendar;
