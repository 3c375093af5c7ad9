package org.opendsr.core.planted;

/** Planted violation: library code printing to the console. */
public class WritesToTheConsole {
  static void shout() {
    System.out.println("done");
  }

  static void moan(Exception e) {
    e.printStackTrace();
  }
}
