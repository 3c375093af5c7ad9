package org.opendsr.benchmarks.rating;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.Item;
import org.opendsr.rating.Level;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rating decisions per second for each shipped instrument, next to a hand-written if-chain of the
 * national definitions (the baseline) on the same national assessments, in the same run.
 *
 * <p>Each benchmark cycles through 256 prepared assessments with varied answers, ages, inpatient
 * and keyworker flags (a fixed pseudo-random sequence), so branches are not trivially predicted. A
 * full decision checks every answer, evaluates every rule, builds the reasons with the answers used
 * and the linked processes; the baseline does none of the checking or explaining.
 *
 * <p>Run: {@code java -jar dsr-benchmarks/target/benchmarks.jar RatingDecisionBenchmark -f 1 -wi 3
 * -w 1s -i 5 -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RatingDecisionBenchmark {

  private static final int SIZE = 256;
  private static final int MASK = SIZE - 1;
  private static final LocalDate ASSESSED_ON = LocalDate.of(2024, 6, 10);

  private final RatingPolicy policy = RatingPolicy.nationalDefaults();
  private Instrument national;
  private Instrument keyQuestions;
  private Instrument matrix;
  private Instrument weighted;
  private Assessment[] nationalAssessments;
  private Assessment[] keyQuestionAssessments;
  private Assessment[] matrixAssessments;
  private Assessment[] weightedAssessments;
  private int next;

  /** Prepares the instruments and the assessments, from a fixed pseudo-random sequence. */
  @Setup
  public void prepare() {
    national = Instruments.nationalDefinitions();
    keyQuestions = Instruments.keyQuestions();
    matrix = Instruments.twoSectionMatrix();
    weighted = Instruments.weightedItems();
    Random random = new Random(20_240_610L);
    nationalAssessments = assessments(national, random);
    keyQuestionAssessments = assessments(keyQuestions, random);
    matrixAssessments = assessments(matrix, random);
    weightedAssessments = assessments(weighted, random);
  }

  private static Assessment[] assessments(Instrument instrument, Random random) {
    Assessment[] result = new Assessment[SIZE];
    for (int i = 0; i < SIZE; i++) {
      Assessment assessment;
      do {
        assessment = randomAssessment(instrument.items(), random);
      } while (!ratable(instrument, assessment));
      result[i] = assessment;
    }
    return result;
  }

  private static Assessment randomAssessment(List<Item> items, Random random) {
    Map<String, Answer> answers = new HashMap<>();
    for (Item item : items) {
      Answer answer =
          switch (item.kind()) {
            case YES_NO -> Answer.of(random.nextInt(4) == 0);
            case LEVEL -> Answer.level(Level.values()[random.nextInt(3)]);
            case SCORE ->
                Answer.score(item.minimum() + random.nextInt(item.maximum() - item.minimum() + 1));
          };
      answers.put(item.id(), answer);
    }
    PersonContext person =
        new PersonContext(
            ASSESSED_ON.minusDays(random.nextInt(50 * 365)),
            random.nextInt(10) == 0,
            random.nextInt(4) == 0);
    return Assessment.of(person, ASSESSED_ON, answers);
  }

  /** Leaves out the few contradictory answer sets: an error path is not a decision. */
  private static boolean ratable(Instrument instrument, Assessment assessment) {
    try {
      instrument.decide(assessment);
      return true;
    } catch (RuntimeException contradictory) {
      return false;
    }
  }

  /**
   * Baseline: the national definitions as a hand-written if-chain.
   *
   * @return the rating and processes
   */
  @Benchmark
  public Object handWrittenNationalIfChain() {
    return HandWrittenNationalRating.rate(nationalAssessments[next++ & MASK]);
  }

  /**
   * The national definitions instrument.
   *
   * @return the decision
   */
  @Benchmark
  public RatingDecision nationalDefinitions() {
    return national.decide(nationalAssessments[next++ & MASK], policy);
  }

  /**
   * The key-questions instrument.
   *
   * @return the decision
   */
  @Benchmark
  public RatingDecision keyQuestions() {
    return keyQuestions.decide(keyQuestionAssessments[next++ & MASK], policy);
  }

  /**
   * The two-section matrix instrument.
   *
   * @return the decision
   */
  @Benchmark
  public RatingDecision twoSectionMatrix() {
    return matrix.decide(matrixAssessments[next++ & MASK], policy);
  }

  /**
   * The weighted-items instrument.
   *
   * @return the decision
   */
  @Benchmark
  public RatingDecision weightedItems() {
    return weighted.decide(weightedAssessments[next++ & MASK], policy);
  }
}
