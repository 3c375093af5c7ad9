package org.opendsr.core.cetr;

/** The three members every C(E)TR panel has (national policy 2023). */
public enum PanelRole {
  /** The chair, usually the commissioner. */
  CHAIR,
  /** An independent clinical expert. */
  INDEPENDENT_CLINICAL_EXPERT,
  /** An expert by experience. */
  EXPERT_BY_EXPERIENCE
}
