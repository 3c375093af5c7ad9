package org.opendsr.json;

import static org.opendsr.json.Codecs.BOOLEAN;
import static org.opendsr.json.Codecs.DATE;
import static org.opendsr.json.Codecs.INSTANT;
import static org.opendsr.json.Codecs.INT;
import static org.opendsr.json.Codecs.NODES;
import static org.opendsr.json.Codecs.STRING;
import static org.opendsr.json.Codecs.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.Condition;
import org.opendsr.rating.Contradiction;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.InstrumentProblem;
import org.opendsr.rating.InvalidInstrumentException;
import org.opendsr.rating.Item;
import org.opendsr.rating.ItemKind;
import org.opendsr.rating.Level;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;
import org.opendsr.rating.Rule;

/** The wire format of {@code org.opendsr.rating}. Field names are the record components' names. */
final class RatingCodecs {

  private RatingCodecs() {}

  static final Codec<Rating> RATING = Codecs.enumeration(Rating.class);
  static final Codec<ItemKind> ITEM_KIND = Codecs.enumeration(ItemKind.class);
  static final Codec<Level> LEVEL = Codecs.enumeration(Level.class);
  static final Codec<LinkedProcess> LINKED_PROCESS = Codecs.enumeration(LinkedProcess.class);

  /**
   * An answer is written as the JSON value it is: {@code true}/{@code false} for a yes/no item,
   * {@code "LOW"}, {@code "MEDIUM"} or {@code "HIGH"} for a level item, a whole number for a score.
   */
  static final Codec<Answer> ANSWER =
      new Codec<>() {
        @Override
        public JsonNode write(Answer answer) {
          return switch (answer.kind()) {
            case YES_NO -> NODES.booleanNode(((Answer.YesNo) answer).yes());
            case LEVEL -> NODES.textNode(((Answer.Graded) answer).level().name());
            case SCORE -> NODES.numberNode(((Answer.Score) answer).value());
          };
        }

        @Override
        public Answer read(JsonNode node, String path, Problems problems) {
          if (node.isBoolean()) {
            return Answer.of(node.booleanValue());
          }
          if (node.isIntegralNumber() && node.canConvertToInt()) {
            return Answer.score(node.intValue());
          }
          if (node.isTextual()) {
            for (Level level : Level.values()) {
              if (level.name().equals(node.textValue())) {
                return Answer.level(level);
              }
            }
          }
          problems.add(path, "must be true or false, LOW, MEDIUM or HIGH, or a whole number");
          return null;
        }
      };

  static final Codec<Map<String, Answer>> ANSWERS_SORTED = Codecs.map(ANSWER, true);
  static final Codec<Map<String, Answer>> ANSWERS_IN_ORDER = Codecs.map(ANSWER, false);

  static final ObjectCodec<Item> ITEM =
      ObjectCodec.of(
          (item, out) -> {
            out.put("id", item.id());
            put(out, "kind", item.kind(), ITEM_KIND);
            out.put("text", item.text());
            // Yes/no and level items have a fixed range; only a score item states its own.
            if (item.kind() == ItemKind.SCORE) {
              out.put("minimum", item.minimum());
              out.put("maximum", item.maximum());
            }
          },
          in -> {
            String id = in.required("id", STRING);
            ItemKind kind = in.required("kind", ITEM_KIND);
            String text = in.required("text", STRING);
            if (kind == ItemKind.SCORE) {
              Integer minimum = in.required("minimum", INT);
              Integer maximum = in.required("maximum", INT);
              return in.build(() -> Item.score(id, text, minimum, maximum));
            }
            if (kind == null) {
              in.ignore("minimum", "maximum");
              return null;
            }
            return in.build(
                () -> kind == ItemKind.YES_NO ? Item.yesNo(id, text) : Item.level(id, text));
          });

  static final ObjectCodec<Condition> CONDITION =
      ObjectCodec.of(
          (condition, out) -> {
            out.put("itemId", condition.itemId());
            put(out, "kind", condition.kind(), ITEM_KIND);
            out.put("threshold", condition.threshold());
          },
          in -> {
            String itemId = in.required("itemId", STRING);
            ItemKind kind = in.required("kind", ITEM_KIND);
            Integer threshold = in.required("threshold", INT);
            return in.build(() -> new Condition(itemId, kind, threshold));
          });

  static final Codec<List<Condition>> CONDITIONS = Codecs.list(CONDITION);

  /** Builds a rule made of a rating and a list of conditions, as any-of and all-of rules are. */
  @FunctionalInterface
  private interface ConditionRuleFactory<R extends Rule> {
    R create(String id, String text, Rating rating, List<Condition> conditions);
  }

  /** Any-of and all-of rules share one shape on the wire and differ only in their type. */
  private static <R extends Rule> ObjectCodec<R> conditionRule(
      ConditionRuleFactory<R> factory,
      Function<R, Rating> rating,
      Function<R, List<Condition>> conditions) {
    return ObjectCodec.of(
        (rule, out) -> {
          out.put("id", rule.id());
          out.put("text", rule.text());
          put(out, "rating", rating.apply(rule), RATING);
          put(out, "conditions", conditions.apply(rule), CONDITIONS);
        },
        in -> {
          String id = in.required("id", STRING);
          String text = in.required("text", STRING);
          Rating r = in.required("rating", RATING);
          List<Condition> cs = in.required("conditions", CONDITIONS);
          return in.build(() -> factory.create(id, text, r, cs));
        });
  }

  static final ObjectCodec<Rule.AnyOf> ANY_OF =
      conditionRule(Rule.AnyOf::new, Rule.AnyOf::rating, Rule.AnyOf::conditions);

  static final ObjectCodec<Rule.AllOf> ALL_OF =
      conditionRule(Rule.AllOf::new, Rule.AllOf::rating, Rule.AllOf::conditions);

  static final ObjectCodec<Rule.Points> POINTS =
      ObjectCodec.of(
          (points, out) -> {
            put(out, "condition", points.condition(), CONDITION);
            out.put("points", points.points());
          },
          in -> {
            Condition condition = in.required("condition", CONDITION);
            Integer points = in.required("points", INT);
            return in.build(() -> new Rule.Points(condition, points));
          });

  static final ObjectCodec<Rule.Band> BAND =
      ObjectCodec.of(
          (band, out) -> {
            out.put("from", band.from());
            out.put("to", band.to());
            put(out, "rating", band.rating(), RATING);
          },
          in -> {
            Integer from = in.required("from", INT);
            Integer to = in.required("to", INT);
            Rating rating = in.required("rating", RATING);
            return in.build(() -> new Rule.Band(from, to, rating));
          });

  static final ObjectCodec<Rule.PointBands> POINT_BANDS =
      ObjectCodec.of(
          (rule, out) -> {
            out.put("id", rule.id());
            out.put("text", rule.text());
            put(out, "points", rule.points(), Codecs.list(POINTS));
            put(out, "bands", rule.bands(), Codecs.list(BAND));
          },
          in -> {
            String id = in.required("id", STRING);
            String text = in.required("text", STRING);
            List<Rule.Points> points = in.required("points", Codecs.list(POINTS));
            List<Rule.Band> bands = in.required("bands", Codecs.list(BAND));
            return in.build(() -> new Rule.PointBands(id, text, points, bands));
          });

  static final Codec<List<List<Rating>>> CELLS = Codecs.list(Codecs.list(RATING));

  static final ObjectCodec<Rule.Matrix> MATRIX =
      ObjectCodec.of(
          (rule, out) -> {
            out.put("id", rule.id());
            out.put("text", rule.text());
            out.put("rowItemId", rule.rowItemId());
            out.put("columnItemId", rule.columnItemId());
            put(out, "cells", rule.cells(), CELLS);
          },
          in -> {
            String id = in.required("id", STRING);
            String text = in.required("text", STRING);
            String row = in.required("rowItemId", STRING);
            String column = in.required("columnItemId", STRING);
            List<List<Rating>> cells = in.required("cells", CELLS);
            return in.build(() -> new Rule.Matrix(id, text, row, column, cells));
          });

  static final Union<Rule> RULE =
      Union.of(
          Union.variant("any-of", Rule.AnyOf.class, ANY_OF),
          Union.variant("all-of", Rule.AllOf.class, ALL_OF),
          Union.variant("point-bands", Rule.PointBands.class, POINT_BANDS),
          Union.variant("matrix", Rule.Matrix.class, MATRIX));

  static final ObjectCodec<Contradiction> CONTRADICTION =
      ObjectCodec.of(
          (contradiction, out) -> {
            out.put("id", contradiction.id());
            out.put("text", contradiction.text());
            put(out, "conditions", contradiction.conditions(), CONDITIONS);
          },
          in -> {
            String id = in.required("id", STRING);
            String text = in.required("text", STRING);
            List<Condition> conditions = in.required("conditions", CONDITIONS);
            return in.build(() -> new Contradiction(id, text, conditions));
          });

  /**
   * An instrument. Its own version is {@code instrumentVersion}, the name a {@link RatingDecision}
   * gives it, because {@code version} is the version of the wire format.
   */
  static final ObjectCodec<Instrument> INSTRUMENT =
      ObjectCodec.of(
          (instrument, out) -> {
            out.put("id", instrument.id());
            out.put("instrumentVersion", instrument.version());
            out.put("title", instrument.title());
            put(out, "items", instrument.items(), Codecs.list(ITEM));
            put(out, "rules", instrument.rules(), Codecs.list(RULE));
            put(out, "contradictions", instrument.contradictions(), Codecs.list(CONTRADICTION));
            put(out, "baseline", instrument.baseline(), RATING);
          },
          in -> {
            String id = in.required("id", STRING);
            String version = in.required("instrumentVersion", STRING);
            String title = in.required("title", STRING);
            List<Item> items = in.required("items", Codecs.list(ITEM));
            List<Rule> rules = in.required("rules", Codecs.list(RULE));
            List<Contradiction> contradictions =
                in.required("contradictions", Codecs.list(CONTRADICTION));
            Rating baseline = in.required("baseline", RATING);
            return in.build(
                () -> {
                  Instrument.Builder builder =
                      Instrument.builder(id, version).title(title).baseline(baseline);
                  items.forEach(builder::item);
                  rules.forEach(builder::rule);
                  for (Contradiction c : contradictions) {
                    builder.contradiction(
                        c.id(), c.text(), c.conditions().toArray(new Condition[0]));
                  }
                  try {
                    return builder.build();
                  } catch (InvalidInstrumentException e) {
                    for (InstrumentProblem problem : e.problems()) {
                      in.problems()
                          .add(
                              pathOf(in, problem, items, rules, contradictions),
                              problem
                                      .kind()
                                      .name()
                                      .toLowerCase(java.util.Locale.ROOT)
                                      .replace('_', ' ')
                                  + ": "
                                  + problem.detail());
                    }
                    return null;
                  }
                });
          });

  /** Where in the document an instrument problem lies: the item, rule or contradiction named. */
  private static String pathOf(
      In in,
      InstrumentProblem problem,
      List<Item> items,
      List<Rule> rules,
      List<Contradiction> contradictions) {
    String subject = problem.subject();
    if ("baseline".equals(subject)) {
      return in.pathOf("baseline");
    }
    boolean duplicate = problem.kind() == InstrumentProblem.Kind.DUPLICATE_ITEM;
    int found = -1;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(subject) && (found < 0 || duplicate)) {
        found = i;
      }
    }
    if (found >= 0 && problem.kind() != InstrumentProblem.Kind.DUPLICATE_RULE) {
      return Paths.index(in.pathOf("items"), found);
    }
    boolean duplicateRule = problem.kind() == InstrumentProblem.Kind.DUPLICATE_RULE;
    String at = null;
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(subject) && (at == null || duplicateRule)) {
        at = Paths.index(in.pathOf("rules"), i);
      }
    }
    for (int i = 0; i < contradictions.size(); i++) {
      if (contradictions.get(i).id().equals(subject) && (at == null || duplicateRule)) {
        at = Paths.index(in.pathOf("contradictions"), i);
      }
    }
    return at == null ? in.path() : at;
  }

  static final ObjectCodec<PersonContext> PERSON_CONTEXT =
      ObjectCodec.of(
          (person, out) -> {
            put(out, "dateOfBirth", person.dateOfBirth(), DATE);
            out.put("inpatient", person.inpatient());
            out.put("knownToKeyworkerService", person.knownToKeyworkerService());
          },
          in -> {
            var dateOfBirth = in.required("dateOfBirth", DATE);
            Boolean inpatient = in.required("inpatient", BOOLEAN);
            Boolean known = in.required("knownToKeyworkerService", BOOLEAN);
            return in.build(() -> new PersonContext(dateOfBirth, inpatient, known));
          });

  static final ObjectCodec<Assessment> ASSESSMENT =
      ObjectCodec.of(
          (assessment, out) -> {
            put(out, "person", assessment.person(), PERSON_CONTEXT);
            put(out, "assessmentDate", assessment.assessmentDate(), DATE);
            put(out, "answers", assessment.answers(), ANSWERS_SORTED);
          },
          in -> {
            PersonContext person = in.required("person", PERSON_CONTEXT);
            var date = in.required("assessmentDate", DATE);
            Map<String, Answer> answers = in.required("answers", ANSWERS_SORTED);
            return in.build(() -> new Assessment(person, date, answers));
          });

  static final ObjectCodec<RatingPolicy> RATING_POLICY =
      ObjectCodec.of(
          (policy, out) -> {
            out.put("keyworkerOfferCoversBlue", policy.keyworkerOfferCoversBlue());
            out.put("keyworkerMinimumAge", policy.keyworkerMinimumAge());
            out.put("keyworkerMaximumAge", policy.keyworkerMaximumAge());
          },
          in -> {
            Boolean coversBlue = in.required("keyworkerOfferCoversBlue", BOOLEAN);
            Integer minimum = in.required("keyworkerMinimumAge", INT);
            Integer maximum = in.required("keyworkerMaximumAge", INT);
            return in.build(() -> new RatingPolicy(coversBlue, minimum, maximum));
          });

  static final ObjectCodec<Reason> REASON =
      ObjectCodec.of(
          (reason, out) -> {
            out.put("ruleId", reason.ruleId());
            out.put("text", reason.text());
            put(out, "rating", reason.rating(), RATING);
            put(out, "answers", reason.answers(), ANSWERS_IN_ORDER);
          },
          in -> {
            String ruleId = in.required("ruleId", STRING);
            String text = in.required("text", STRING);
            Rating rating = in.required("rating", RATING);
            Map<String, Answer> answers = in.required("answers", ANSWERS_IN_ORDER);
            return in.build(() -> new Reason(ruleId, text, rating, answers));
          });

  static final ObjectCodec<RatingDecision> RATING_DECISION =
      ObjectCodec.of(
          (decision, out) -> {
            put(out, "suggestedRating", decision.suggestedRating(), RATING);
            put(out, "reasons", decision.reasons(), Codecs.list(REASON));
            put(out, "linkedProcesses", decision.linkedProcesses(), Codecs.list(LINKED_PROCESS));
            out.put("instrumentId", decision.instrumentId());
            out.put("instrumentVersion", decision.instrumentVersion());
            put(out, "assessmentDate", decision.assessmentDate(), DATE);
            out.put("keyworkerCriteriaMet", decision.keyworkerCriteriaMet());
            put(out, "policy", decision.policy(), RATING_POLICY);
          },
          in -> {
            Rating suggested = in.required("suggestedRating", RATING);
            List<Reason> reasons = in.required("reasons", Codecs.list(REASON));
            List<LinkedProcess> processes =
                in.required("linkedProcesses", Codecs.list(LINKED_PROCESS));
            String instrumentId = in.required("instrumentId", STRING);
            String instrumentVersion = in.required("instrumentVersion", STRING);
            var date = in.required("assessmentDate", DATE);
            Boolean keyworker = in.required("keyworkerCriteriaMet", BOOLEAN);
            RatingPolicy policy = in.required("policy", RATING_POLICY);
            return in.build(
                () ->
                    new RatingDecision(
                        suggested,
                        reasons,
                        processes,
                        instrumentId,
                        instrumentVersion,
                        date,
                        keyworker,
                        policy));
          });

  static final ObjectCodec<ClinicianOverride> CLINICIAN_OVERRIDE =
      ObjectCodec.of(
          (override, out) -> {
            put(out, "rating", override.rating(), RATING);
            out.put("reason", override.reason());
            out.put("clinicianId", override.clinicianId());
            put(out, "decidedAt", override.decidedAt(), INSTANT);
          },
          in -> {
            Rating rating = in.required("rating", RATING);
            String reason = in.required("reason", STRING);
            String clinicianId = in.required("clinicianId", STRING);
            var decidedAt = in.required("decidedAt", INSTANT);
            return in.build(() -> new ClinicianOverride(rating, reason, clinicianId, decidedAt));
          });

  static final ObjectCodec<RecordedRating> RECORDED_RATING =
      ObjectCodec.of(
          (recorded, out) -> {
            put(out, "suggestion", recorded.suggestion(), RATING_DECISION);
            put(out, "override", recorded.override(), CLINICIAN_OVERRIDE);
          },
          in -> {
            RatingDecision suggestion = in.required("suggestion", RATING_DECISION);
            var override = in.optional("override", CLINICIAN_OVERRIDE);
            return in.build(() -> new RecordedRating(suggestion, override));
          });
}
