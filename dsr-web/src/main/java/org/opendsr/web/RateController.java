package org.opendsr.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.IncompleteAssessmentException;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.Item;
import org.opendsr.rating.ItemProblem;
import org.opendsr.rating.Level;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingException;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rating a person with the national instrument: its questions in its own words, then the suggested
 * rating and its reasons on a confirmation step before anything is saved, where a clinician may
 * record another rating with a reason. The suggestion is worked out again on the server from the
 * answers when saving; nothing the browser sends about it is trusted.
 */
@Controller
public class RateController {

  private static final Map<String, String> FIELDS =
      Map.of(
          "rating.assessmentDate", "onDay",
          "label:rating.assessmentDate", "the date of the rating",
          "on", "onDay",
          "label:on", "the date of the rating");

  private final AccessControlledRegister register;
  private final Forms forms;
  private final LocalPolicy policy;
  private final Clock clock;
  private final Instrument instrument = Instruments.nationalDefinitions();

  RateController(AccessControlledRegister register, Forms forms, LocalPolicy policy, Clock clock) {
    this.register = register;
    this.forms = forms;
    this.policy = policy;
    this.clock = clock;
  }

  /** One question as shown: the input's name and id, the text, and the answers it takes. */
  record Question(
      String name, String id, String key, String text, List<Words.Option> options, boolean score) {}

  /** The questions. */
  @GetMapping("/people/{id}/rate")
  String form(Principal principal, @PathVariable String id, Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, Operation.RECORD_RATING);
    RateForm form = new RateForm();
    form.setVersion(entry.version());
    form.fillDate(forms.today());
    model.addAttribute("form", form);
    return questions(model, principal, entry, null);
  }

  /** Checks the answers and shows the suggested rating with its reasons; nothing is saved yet. */
  @PostMapping("/people/{id}/rate")
  String check(
      Principal principal,
      @PathVariable String id,
      @ModelAttribute("form") RateForm form,
      BindingResult errors,
      Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, Operation.RECORD_RATING);
    RatingDecision decision = decide(entry, form, errors);
    if (decision == null) {
      return questions(model, principal, entry, errors);
    }
    return confirm(model, principal, entry, decision, null);
  }

  /** Saves the suggested rating, or another with its reason, and shows the person. */
  @PostMapping("/people/{id}/rate/save")
  String save(
      Principal principal,
      @PathVariable String id,
      @Valid @ModelAttribute("form") RateForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = forms.actor(principal);
    Entry entry = forms.entryFor(actor, id, Operation.RECORD_RATING);
    RatingDecision decision = decide(entry, form, errors);
    if (decision == null) {
      return questions(model, principal, entry, errors);
    }
    RecordedRating rating = null;
    if ("accept".equals(form.getChoice())) {
      rating = RecordedRating.asSuggested(decision);
    } else if ("override".equals(form.getChoice())) {
      Rating chosen = ratingOf(form.getOverrideRating());
      if (chosen == null || chosen == decision.suggestedRating()) {
        errors.rejectValue(
            "overrideRating",
            "required",
            "Select a rating other than " + decision.suggestedRating().label());
      }
      if (form.getOverrideReason() == null || form.getOverrideReason().isBlank()) {
        errors.rejectValue(
            "overrideReason", "required", "Enter why you are recording a different rating");
      }
      if (!errors.hasErrors()) {
        try {
          rating =
              RecordedRating.overridden(
                  decision,
                  ClinicianOverride.of(
                      chosen, form.getOverrideReason(), actor.userId(), clock.instant()));
        } catch (RatingException refused) {
          errors.rejectValue("overrideRating", "library", Words.sentence(refused.getMessage()));
        }
      }
    } else {
      errors.rejectValue(
          "choice", "required", "Select whether to record the suggested rating or another");
    }
    if (errors.hasErrors() || rating == null) {
      return confirm(model, principal, entry, decision, errors);
    }
    try {
      register.handle(
          actor,
          AccessPurpose.DIRECT_CARE,
          new Command.RecordRating(actor.userId(), entry.id(), form.getVersion(), rating));
    } catch (ConcurrentUpdateException stale) {
      form.setVersion(forms.stale(model, actor, entry.id(), form.getVersion()));
      return confirm(model, principal, entry, decision, errors);
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, FIELDS);
      return confirm(model, principal, entry, decision, errors);
    }
    redirect.addFlashAttribute("done", "Rated " + rating.finalRating().label());
    return "redirect:/people/" + entry.id().value();
  }

  /** The instrument's suggestion for the answers; null after adding an error for each problem. */
  private RatingDecision decide(Entry entry, RateForm form, BindingResult errors) {
    LocalDate on =
        forms.date(
            errors,
            "on",
            "the date of the rating",
            form.getOnDay(),
            form.getOnMonth(),
            form.getOnYear(),
            false);
    Map<String, Answer> answers = new HashMap<>();
    for (Item item : instrument.items()) {
      String given = form.getAnswers().get(item.id());
      Answer answer = answerOf(item, given);
      if (answer == null) {
        errors.rejectValue(
            field(item),
            "required",
            given == null || given.isBlank()
                ? "Answer the question: " + item.text()
                : "Give an answer the question takes: " + item.text());
      } else {
        answers.put(item.id(), answer);
      }
    }
    if (errors.hasErrors() || on == null) {
      return null;
    }
    PersonContext person =
        PersonContext.inCommunity(entry.person().dateOfBirth().value())
            .withInpatient(entry.isInpatient())
            .withKnownToKeyworkerService(entry.knownToKeyworkerService());
    try {
      return instrument.decide(Assessment.of(person, on, answers), policy.ratingPolicy());
    } catch (IncompleteAssessmentException problems) {
      for (ItemProblem p : problems.problems()) {
        String rule = p.rule();
        int colon = rule.indexOf(": ");
        String words = colon < 0 ? rule : rule.substring(colon + 2);
        String message =
            p.kind() == ItemProblem.Kind.CONTRADICTORY
                ? "These answers cannot all be yes: " + words
                : Words.sentence(words);
        if (instrument.item(p.itemId()).isPresent()
            && errors.getFieldError(field(instrument.item(p.itemId()).get())) == null) {
          errors.rejectValue(field(instrument.item(p.itemId()).get()), "library", message);
        } else if (instrument.item(p.itemId()).isEmpty()) {
          errors.reject("library", message);
        }
      }
      return null;
    } catch (RatingException refused) {
      errors.rejectValue("onDay", "library", Words.sentence(refused.getMessage()));
      return null;
    }
  }

  private static Answer answerOf(Item item, String given) {
    if (given == null) {
      return null;
    }
    switch (item.kind()) {
      case YES_NO:
        return "yes".equals(given) ? Answer.yes() : "no".equals(given) ? Answer.no() : null;
      case LEVEL:
        for (Level l : Level.values()) {
          if (l.name().equals(given)) {
            return Answer.level(l);
          }
        }
        return null;
      case SCORE:
      default:
        try {
          Answer a = Answer.score(Integer.parseInt(given.strip()));
          return item.accepts(a) ? a : null;
        } catch (NumberFormatException notANumber) {
          return null;
        }
    }
  }

  private static String field(Item item) {
    return "answers[" + item.id() + "]";
  }

  private static Rating ratingOf(String value) {
    for (Rating r : Rating.values()) {
      if (r.name().equals(value)) {
        return r;
      }
    }
    return null;
  }

  private List<String> order() {
    List<String> order = new ArrayList<>(List.of("onDay", "onMonth", "onYear"));
    instrument.items().forEach(i -> order.add(field(i)));
    order.addAll(List.of("choice", "overrideRating", "overrideReason"));
    return order;
  }

  private String questions(Model model, Principal principal, Entry entry, BindingResult errors) {
    forms.common(model, principal, entry);
    model.addAttribute("problems", errors == null ? List.of() : Forms.summary(errors, order()));
    // A new rating the library asks for (after a C(E)TR, a DSR review or a discharge), and why.
    model.addAttribute(
        "rerateDue",
        entry.openTasks(org.opendsr.core.schedule.TaskKind.RERATE).stream()
            .findFirst()
            .map(
                t ->
                    "A new rating is due "
                        + t.detail().replaceAll("C\\(E\\)TR \\S+", "the C(E)TR")
                        + ", by "
                        + t.due().format(Forms.DAY)
                        + ".")
            .orElse(null));
    List<Question> questions = new ArrayList<>();
    for (Item item : instrument.items()) {
      List<Words.Option> options =
          switch (item.kind()) {
            case YES_NO -> Words.yesNo();
            case LEVEL ->
                List.of(
                    new Words.Option(Level.LOW.name(), "Low"),
                    new Words.Option(Level.MEDIUM.name(), "Medium"),
                    new Words.Option(Level.HIGH.name(), "High"));
            case SCORE -> List.of();
          };
      questions.add(
          new Question(
              field(item),
              Forms.idOf(field(item)),
              item.id(),
              item.text(),
              options,
              item.kind() == org.opendsr.rating.ItemKind.SCORE));
    }
    model.addAttribute("questions", questions);
    return "rate";
  }

  private String confirm(
      Model model,
      Principal principal,
      Entry entry,
      RatingDecision decision,
      BindingResult errors) {
    forms.common(model, principal, entry);
    model.addAttribute("problems", errors == null ? List.of() : Forms.summary(errors, order()));
    Rating suggested = decision.suggestedRating();
    model.addAttribute("suggested", suggested.label());
    model.addAttribute("suggestedColour", Words.tagColour(suggested));
    model.addAttribute("definition", suggested.definition());
    model.addAttribute("reasons", decision.reasons().stream().map(Reason::text).toList());
    model.addAttribute(
        "processes", decision.linkedProcesses().stream().map(LinkedProcess::description).toList());
    List<Words.Option> others = new ArrayList<>();
    for (Rating r : List.of(Rating.RED, Rating.AMBER, Rating.GREEN)) {
      if (r != suggested) {
        others.add(new Words.Option(r.name(), r.label()));
      }
    }
    model.addAttribute("others", others);
    model.addAttribute("mayOverride", suggested != Rating.BLUE);
    List<Words.Option> answered = new ArrayList<>();
    RateForm form = (RateForm) model.getAttribute("form");
    for (Item item : instrument.items()) {
      String given = form.getAnswers().get(item.id());
      answered.add(
          new Words.Option(
              item.text(),
              "yes".equals(given)
                  ? "Yes"
                  : "no".equals(given)
                      ? "No"
                      : given.substring(0, 1) + given.substring(1).toLowerCase(Locale.ROOT)));
    }
    model.addAttribute("answered", answered);
    model.addAttribute("hidden", form.getAnswers());
    return "rate-confirm";
  }
}
