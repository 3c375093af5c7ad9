package org.opendsr.examples.demo;

import java.util.Optional;
import org.opendsr.core.person.NhsNumber;

/**
 * NHS numbers from the 999 range, which NHS England keeps for testing and never issues to a real
 * person, each with a valid modulus 11 check digit.
 */
public final class TestRangeNhsNumbers {

  private int next;

  /**
   * Starts at {@code 999 000 000x} plus an offset, so separate runs can use separate numbers.
   *
   * @param offset where to start in the range (0 to 9,999)
   */
  public TestRangeNhsNumbers(int offset) {
    if (offset < 0 || offset > 9_999) {
      throw new IllegalArgumentException("offset must be 0 to 9,999");
    }
    this.next = offset * 100;
  }

  /**
   * The next valid number in the range; numbers whose check digit would be 10 are skipped.
   *
   * @return the number
   */
  public NhsNumber next() {
    while (true) {
      String firstNine = String.format("999%06d", next++);
      Optional<Integer> check = NhsNumber.checkDigitFor(firstNine);
      if (check.isPresent()) {
        return NhsNumber.parse(firstNine + check.get());
      }
    }
  }
}
