package org.opendsr.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.rating.Rating;

/**
 * Which spreadsheet column holds which register field, how its values are spelt, and how dates are
 * written. The guide {@code docs/importing-a-legacy-register.md} explains every key with a sample.
 *
 * <p>A mapping file is a properties file, one {@code key = value} a line:
 *
 * <pre>
 * # Wiltshire DSR spreadsheet, tab "Register", saved as CSV
 * givenName     = First name
 * familyName    = Surname
 * dateOfBirth   = DOB
 * nhsNumber     = NHS No
 * address       = Address
 * localityColumn = Area
 * localityValues = N Wilts -&gt; North Wiltshire; S Wilts -&gt; South Wiltshire
 * rag           = RAG
 * diagnosis     = Diagnosis
 * consent       = Consent
 * consent.bestInterests = BI, Best interests
 * admissionDate = Admitted
 * hospital      = Hospital
 * suspectedAutism = include
 * </pre>
 *
 * <p>Columns: {@code dateOfBirth}, {@code nhsNumber}, {@code address} and {@code diagnosis} are
 * required, and either {@code name} (one column, read by the rule of {@link NameRule}) or both
 * {@code givenName} and {@code familyName}. Settings: {@code dateFormat} (default {@code
 * dd/MM/yyyy}; ISO dates are always accepted too), {@code locality} (the reporting area of every
 * row, when no {@code localityColumn} is mapped), {@code localityValues}, {@code
 * consentDateDefault} ({@code added}, the default, or a date), {@code suspectedAutism} ({@code
 * include} or {@code decline}), and the value maps {@code rag.*}, {@code diagnosis.*}, {@code
 * consent.*} and {@code childsView.*}, each a comma-separated list of spellings added to the
 * built-in ones.
 */
public final class ColumnMapping {

  /** The register fields a spreadsheet column can hold. */
  public enum Field {
    /** The person's full name in one column, read by {@link NameRule}. */
    NAME("name"),
    /** The given name(s), with {@link #FAMILY_NAME} instead of {@link #NAME}. */
    GIVEN_NAME("givenName"),
    /** The family name, with {@link #GIVEN_NAME} instead of {@link #NAME}. */
    FAMILY_NAME("familyName"),
    /** Date of birth. Required. */
    DATE_OF_BIRTH("dateOfBirth"),
    /** NHS number, ten digits with or without spaces. Required. */
    NHS_NUMBER("nhsNumber"),
    /** Address (without the postcode when a postcode column is mapped). Required. */
    ADDRESS("address"),
    /** Postcode. */
    POSTCODE("postcode"),
    /** The reporting area, when it varies by row. */
    LOCALITY("localityColumn"),
    /** The RAG(B) rating; Blue means in hospital today. */
    RAG("rag"),
    /** Learning disability and/or autism, or suspected autism. Required. */
    DIAGNOSIS("diagnosis"),
    /** Key workers, as free text. */
    KEY_WORKERS("keyWorkers"),
    /** The date of the last DSR review. */
    LAST_REVIEW("lastReview"),
    /** Free-text notes. */
    NOTES("notes"),
    /** The basis for inclusion the legacy register recorded, read through the consent values. */
    CONSENT("consent"),
    /** The date of the consent or decision. */
    CONSENT_DATE("consentDate"),
    /** The date the person was added to the legacy register. */
    ADDED("added"),
    /** For a Blue row, the date of admission. */
    ADMISSION_DATE("admissionDate"),
    /** For a Blue row, the hospital's code. */
    HOSPITAL("hospital"),
    /**
     * For a child's row whose basis is a parent's consent, the child's own view when asked, read
     * through the child's view values; a blank cell means it was not recorded.
     */
    CHILDS_VIEW("childsView");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    /**
     * The key of this field in a mapping file.
     *
     * @return the key, e.g. {@code nhsNumber}
     */
    public String key() {
      return key;
    }

    /**
     * Whether every mapping must name a column for this field.
     *
     * @return true for the date of birth, NHS number, address and diagnosis
     */
    public boolean required() {
      return this == DATE_OF_BIRTH || this == NHS_NUMBER || this == ADDRESS || this == DIAGNOSIS;
    }
  }

  /** The basis for inclusion a consent cell stands for. */
  public enum ConsentValue {
    /** The person's own consent. */
    OWN("own", "Y", "Yes", "Consent given", "Consented", "True"),
    /** A best-interests decision (Mental Capacity Act 2005 s4) recorded. */
    BEST_INTERESTS("bestInterests", "BI", "Best interests", "Best interests decision"),
    /** Consent by a person with parental responsibility. */
    PARENT("parent", "Parent", "Parental consent", "Parent consent"),
    /** No basis recorded (a blank cell means the same). */
    NONE("none", "N", "No", "None", "False");

    private final String key;
    private final List<String> builtIn;

    ConsentValue(String key, String... builtIn) {
      this.key = key;
      this.builtIn = List.of(builtIn);
    }

    /**
     * The key of this value's spellings in a mapping file, after {@code consent.}.
     *
     * @return the key
     */
    public String key() {
      return key;
    }
  }

  /** What a child said when asked, as a child's view cell stands for it. */
  public enum ChildsViewValue {
    /** The child agrees. */
    AGREES("agrees", ParentalConsent.ChildsView.AGREES, "Agrees", "Agree", "Yes", "Y"),
    /** The child disagrees: recorded, and flagged as a conflict for review. */
    DISAGREES(
        "disagrees", ParentalConsent.ChildsView.DISAGREES, "Disagrees", "Disagree", "No", "N"),
    /** The child was asked, with support, but could not express a view. */
    COULD_NOT_EXPRESS(
        "couldNotExpress",
        ParentalConsent.ChildsView.COULD_NOT_EXPRESS,
        "Could not express",
        "Could not express a view",
        "Unable to express");

    private final String key;
    private final ParentalConsent.ChildsView view;
    private final List<String> builtIn;

    ChildsViewValue(String key, ParentalConsent.ChildsView view, String... builtIn) {
      this.key = key;
      this.view = view;
      this.builtIn = List.of(builtIn);
    }

    /**
     * The key of this value's spellings in a mapping file, after {@code childsView.}.
     *
     * @return the key
     */
    public String key() {
      return key;
    }

    /**
     * The child's view the register records.
     *
     * @return the view
     */
    public ParentalConsent.ChildsView view() {
      return view;
    }
  }

  /** How a single name column is split into given and family names. */
  public static final class NameRule {
    private NameRule() {}

    /**
     * Words that belong to the family name that follows them: "Ó Briain", "van der Berg".
     * Apostrophe forms such as "O'Neill" are one word already.
     */
    static final java.util.Set<String> PARTICLES =
        java.util.Set.of(
            "ó", "o", "o'", "ua", "mac", "mc", "nic", "ní", "ni", "van", "der", "den", "de", "del",
            "della", "von", "da", "di", "du", "le", "la", "bin", "bint", "al", "el", "ap", "st");

    /**
     * Splits a full name: "Family, Given" when it holds a comma; otherwise the last word is the
     * family name, together with the particles right before it (Ó, O', Mac, Mc, van, de, van der,
     * von, da, di, le, la and similar), leaving at least one word as the given name.
     *
     * @param text the cell, stripped and not blank
     * @return given and family name, or empty if the text has only one word
     */
    public static Optional<String[]> split(String text) {
      int comma = text.indexOf(',');
      if (comma >= 0) {
        String family = text.substring(0, comma).strip();
        String given = text.substring(comma + 1).strip();
        return Optional.of(new String[] {given, family});
      }
      String[] words = WHITESPACE.split(text.strip());
      if (words.length < 2) {
        return Optional.empty();
      }
      int familyFrom = words.length - 1;
      while (familyFrom > 1 && PARTICLES.contains(words[familyFrom - 1].toLowerCase(Locale.ROOT))) {
        familyFrom--;
      }
      String given = String.join(" ", java.util.Arrays.copyOfRange(words, 0, familyFrom));
      String family =
          String.join(" ", java.util.Arrays.copyOfRange(words, familyFrom, words.length));
      return Optional.of(new String[] {given, family});
    }
  }

  private static final String DATE_FORMAT = "dateFormat";
  private static final String LOCALITY_SETTING = "locality";
  private static final String LOCALITY_VALUES = "localityValues";
  private static final String CONSENT_DATE_DEFAULT = "consentDateDefault";
  private static final String SUSPECTED_AUTISM = "suspectedAutism";
  private static final String DEFAULT_DATE_FORMAT = "dd/MM/yyyy";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Map<String, Rating> RAG_KEYS =
      Map.of(
          "rag.red",
          Rating.RED,
          "rag.amber",
          Rating.AMBER,
          "rag.green",
          Rating.GREEN,
          "rag.blue",
          Rating.BLUE);
  private static final Map<String, Diagnosis> DIAGNOSIS_KEYS =
      Map.of(
          "diagnosis.learningDisability", Diagnosis.LEARNING_DISABILITY,
          "diagnosis.autism", Diagnosis.AUTISM,
          "diagnosis.learningDisabilityAndAutism", Diagnosis.LEARNING_DISABILITY_AND_AUTISM,
          "diagnosis.suspectedAutism", Diagnosis.SUSPECTED_AUTISM);

  private final Map<Field, String> columns;
  private final DateTimeFormatter dateFormat;
  private final Optional<String> locality;
  private final Map<String, String> localityValues;
  private final Map<String, Rating> ragValues;
  private final Map<String, Diagnosis> diagnosisValues;
  private final Map<String, ConsentValue> consentValues;
  private final Map<String, ChildsViewValue> childsViewValues;
  private final Optional<LocalDate> consentDateDefault;
  private final Optional<Boolean> suspectedAutism;

  private ColumnMapping(
      Map<Field, String> columns,
      DateTimeFormatter dateFormat,
      Optional<String> locality,
      Map<String, String> localityValues,
      Map<String, Rating> ragValues,
      Map<String, Diagnosis> diagnosisValues,
      Map<String, ConsentValue> consentValues,
      Map<String, ChildsViewValue> childsViewValues,
      Optional<LocalDate> consentDateDefault,
      Optional<Boolean> suspectedAutism) {
    this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    this.dateFormat = dateFormat;
    this.locality = locality;
    this.localityValues = Map.copyOf(localityValues);
    this.ragValues = Map.copyOf(ragValues);
    this.diagnosisValues = Map.copyOf(diagnosisValues);
    this.consentValues = Map.copyOf(consentValues);
    this.childsViewValues = Map.copyOf(childsViewValues);
    this.consentDateDefault = consentDateDefault;
    this.suspectedAutism = suspectedAutism;
  }

  /**
   * Every key a mapping file may hold, in alphabetical order.
   *
   * @return the keys
   */
  public static List<String> allowedKeys() {
    TreeSet<String> keys = new TreeSet<>();
    for (Field f : Field.values()) {
      keys.add(f.key());
    }
    keys.addAll(
        List.of(
            DATE_FORMAT,
            LOCALITY_SETTING,
            LOCALITY_VALUES,
            CONSENT_DATE_DEFAULT,
            SUSPECTED_AUTISM));
    keys.addAll(RAG_KEYS.keySet());
    keys.addAll(DIAGNOSIS_KEYS.keySet());
    for (ConsentValue v : ConsentValue.values()) {
      keys.add("consent." + v.key());
    }
    for (ChildsViewValue v : ChildsViewValue.values()) {
      keys.add("childsView." + v.key());
    }
    return List.copyOf(keys);
  }

  /**
   * Reads a mapping file (UTF-8 properties).
   *
   * @param file the file
   * @return the mapping
   * @throws IOException if the file cannot be read
   * @throws ValidationException naming every unknown key (listing the allowed ones), missing
   *     required field or bad setting
   */
  public static ColumnMapping read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(in);
      Map<String, String> entries = new LinkedHashMap<>();
      for (String name : properties.stringPropertyNames()) {
        entries.put(name, properties.getProperty(name));
      }
      return of(entries);
    }
  }

  /**
   * A mapping from keys and values as in a mapping file.
   *
   * @param entries field keys to column headings, plus the settings
   * @return the mapping
   * @throws ValidationException naming every unknown key (listing the allowed ones), missing
   *     required field or bad setting
   */
  public static ColumnMapping of(Map<String, String> entries) {
    Objects.requireNonNull(entries, "entries");
    List<Violation> problems = new ArrayList<>();
    Map<Field, String> columns = new EnumMap<>(Field.class);
    DateTimeFormatter format = pattern(DEFAULT_DATE_FORMAT);
    Optional<String> locality = Optional.empty();
    Map<String, String> localityValues = new HashMap<>();
    Map<String, Rating> rag = new HashMap<>();
    Map<String, Diagnosis> diagnosis = new HashMap<>();
    Map<String, ConsentValue> consent = new HashMap<>();
    for (ConsentValue v : ConsentValue.values()) {
      v.builtIn.forEach(s -> consent.put(spelling(s), v));
    }
    Map<String, ChildsViewValue> childsView = new HashMap<>();
    for (ChildsViewValue v : ChildsViewValue.values()) {
      v.builtIn.forEach(s -> childsView.put(spelling(s), v));
    }
    Optional<LocalDate> consentDateDefault = Optional.empty();
    Optional<Boolean> suspected = Optional.empty();
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String key = e.getKey().strip();
      String value = e.getValue().strip();
      switch (key) {
        case DATE_FORMAT -> {
          try {
            format = pattern(value);
          } catch (IllegalArgumentException bad) {
            problems.add(Violation.of("mapping." + DATE_FORMAT, "is not a date pattern"));
          }
          continue;
        }
        case LOCALITY_SETTING -> {
          locality = Optional.of(value).filter(v -> !v.isEmpty());
          continue;
        }
        case LOCALITY_VALUES -> {
          for (String pair : value.split(";")) {
            if (pair.isBlank()) {
              continue;
            }
            int arrow = pair.indexOf("->");
            if (arrow < 0
                || pair.substring(0, arrow).isBlank()
                || pair.substring(arrow + 2).isBlank()) {
              problems.add(
                  Violation.of(
                      "mapping." + LOCALITY_VALUES,
                      "must be pairs written \"as in the sheet -> reporting area\", separated by ;"));
            } else {
              localityValues.put(
                  spelling(pair.substring(0, arrow)), pair.substring(arrow + 2).strip());
            }
          }
          continue;
        }
        case CONSENT_DATE_DEFAULT -> {
          if (!value.equalsIgnoreCase("added")) {
            try {
              consentDateDefault = Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException bad) {
              problems.add(
                  Violation.of(
                      "mapping." + CONSENT_DATE_DEFAULT,
                      "must be \"added\" (the date added to the legacy register) or a date"
                          + " written YYYY-MM-DD"));
            }
          }
          continue;
        }
        case SUSPECTED_AUTISM -> {
          Optional<Boolean> s = suspectedAutism(value);
          if (s.isEmpty()) {
            problems.add(Violation.of("mapping." + SUSPECTED_AUTISM, "must be include or decline"));
          }
          suspected = s;
          continue;
        }
        default -> {}
      }
      if (RAG_KEYS.containsKey(key)) {
        spellings(value).forEach(s -> rag.put(s, RAG_KEYS.get(key)));
        continue;
      }
      if (DIAGNOSIS_KEYS.containsKey(key)) {
        spellings(value).forEach(s -> diagnosis.put(s, DIAGNOSIS_KEYS.get(key)));
        continue;
      }
      Optional<ConsentValue> consentKey =
          java.util.Arrays.stream(ConsentValue.values())
              .filter(v -> key.equals("consent." + v.key()))
              .findFirst();
      if (consentKey.isPresent()) {
        spellings(value).forEach(s -> consent.put(s, consentKey.get()));
        continue;
      }
      Optional<ChildsViewValue> viewKey =
          java.util.Arrays.stream(ChildsViewValue.values())
              .filter(v -> key.equals("childsView." + v.key()))
              .findFirst();
      if (viewKey.isPresent()) {
        spellings(value).forEach(s -> childsView.put(s, viewKey.get()));
        continue;
      }
      Optional<Field> field = fieldFor(key);
      if (field.isEmpty()) {
        unknown.add(key);
      } else if (value.isEmpty()) {
        problems.add(Violation.of("mapping." + key, "must name a column heading"));
      } else {
        columns.put(field.get(), value);
      }
    }
    for (String key : unknown) {
      problems.add(
          Violation.of(
              "mapping." + key,
              "is not a key the import knows; the allowed keys are "
                  + String.join(", ", allowedKeys())));
    }
    for (Field field : Field.values()) {
      if (field.required() && !columns.containsKey(field)) {
        problems.add(Violation.of("mapping." + field.key(), "is required"));
      }
    }
    boolean oneName = columns.containsKey(Field.NAME);
    boolean given = columns.containsKey(Field.GIVEN_NAME);
    boolean family = columns.containsKey(Field.FAMILY_NAME);
    if (oneName && (given || family)) {
      problems.add(
          Violation.of(
              "mapping." + Field.NAME.key(),
              "must not be mapped together with givenName and familyName: map one or the other"));
    } else if (!oneName && !(given && family)) {
      problems.add(
          Violation.of(
              "mapping." + Field.NAME.key(),
              "is required, or both givenName and familyName (a column each)"));
    }
    if (!columns.containsKey(Field.LOCALITY) && locality.isEmpty()) {
      problems.add(
          Violation.of(
              "mapping." + LOCALITY_SETTING,
              "is required when no localityColumn is mapped (the reporting area of the file)"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new ColumnMapping(
        columns,
        format,
        locality,
        localityValues,
        rag,
        diagnosis,
        consent,
        childsView,
        consentDateDefault,
        suspected);
  }

  /**
   * Reads a suspected-autism setting.
   *
   * @param value {@code include} or {@code decline}, in any case
   * @return true to include, false to decline, empty if neither
   */
  public static Optional<Boolean> suspectedAutism(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "include" -> Optional.of(true);
      case "decline" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static List<String> spellings(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split(",")) {
      if (!s.isBlank()) {
        out.add(spelling(s));
      }
    }
    return out;
  }

  /** A cell's text as value maps compare it: stripped, one space between words, lower case. */
  static String spelling(String text) {
    return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static Optional<Field> fieldFor(String key) {
    for (Field f : Field.values()) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter pattern(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.UK)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * The column heading mapped to a field.
   *
   * @param field the field
   * @return the heading, or empty if the field is not mapped
   */
  public Optional<String> column(Field field) {
    return Optional.ofNullable(columns.get(field));
  }

  /**
   * Every mapped field and its heading.
   *
   * @return the columns by field
   */
  public Map<Field, String> columns() {
    return columns;
  }

  /**
   * How dates are written in the spreadsheet.
   *
   * @return the format
   */
  public DateTimeFormatter dateFormat() {
    return dateFormat;
  }

  /**
   * The reporting area for every row, when no locality column is mapped.
   *
   * @return the locality, if set
   */
  public Optional<String> locality() {
    return locality;
  }

  /**
   * The reporting area a locality cell stands for.
   *
   * @param cell the cell's text
   * @return the area: the mapped one; the cell as written when no {@code localityValues} are set;
   *     empty if values are set and this spelling is not among them
   */
  public Optional<String> localityFor(String cell) {
    if (localityValues.isEmpty()) {
      return Optional.of(cell);
    }
    return Optional.ofNullable(localityValues.get(spelling(cell)));
  }

  /**
   * The rating a spelling stands for in this mapping (beyond the built-in R, A, G, B and names).
   *
   * @param cell the cell's text
   * @return the rating, if mapped
   */
  public Optional<Rating> ragFor(String cell) {
    return Optional.ofNullable(ragValues.get(spelling(cell)));
  }

  /**
   * The diagnosis a spelling stands for in this mapping, before the built-in reading.
   *
   * @param cell the cell's text
   * @return the diagnosis, if mapped
   */
  public Optional<Diagnosis> diagnosisFor(String cell) {
    return Optional.ofNullable(diagnosisValues.get(spelling(cell)));
  }

  /**
   * The basis a consent cell stands for.
   *
   * @param cell the cell's text
   * @return the value, if known
   */
  public Optional<ConsentValue> consentFor(String cell) {
    return Optional.ofNullable(consentValues.get(spelling(cell)));
  }

  /**
   * The child's view a child's view cell stands for.
   *
   * @param cell the cell's text
   * @return the value, if known
   */
  public Optional<ChildsViewValue> childsViewFor(String cell) {
    return Optional.ofNullable(childsViewValues.get(spelling(cell)));
  }

  /**
   * The date consent is taken to be given when no consent date column gives one.
   *
   * @return a fixed date, or empty for the date the person was added to the legacy register
   */
  public Optional<LocalDate> consentDateDefault() {
    return consentDateDefault;
  }

  /**
   * Whether people awaiting an autism assessment are included as suspected autism.
   *
   * @return true to include, false to decline, empty to follow the register's local policy
   */
  public Optional<Boolean> suspectedAutism() {
    return suspectedAutism;
  }
}
