package org.opendsr.easyread;

/** The parts an Easy Read document can have, in the order they appear. */
public enum SectionKind {
  /** What the DSR is. */
  ABOUT_THE_DSR,
  /** Why the person is on it: the basis, explained. */
  WHY_YOU_ARE_ON_IT,
  /** The person's colour and what it means. */
  YOUR_COLOUR,
  /** What happens next, and when. */
  WHAT_HAPPENS_NEXT,
  /** Who can see the person's information. */
  WHO_CAN_SEE,
  /** The person's choices: saying no, changing their mind. */
  YOUR_CHOICES,
  /** Who to contact. */
  CONTACT
}
