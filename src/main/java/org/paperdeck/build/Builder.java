package org.paperdeck.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.paperdeck.deck.DeckWriter;
import org.paperdeck.deck.PlanParser;
import org.paperdeck.diagnostics.Diagnostic;
import org.paperdeck.diagnostics.SourcePos;
import org.paperdeck.handout.PdfRenderer;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.templates.Rendered;
import org.paperdeck.templates.TemplateEngine;
import org.paperdeck.templates.TemplateSet;

/** Builds a deck and a handout from notes, stage by stage, stopping at the first stage with errors. */
public final class Builder {
  private static final String THEME = TemplateSet.THEME;

  private final NotesReader reader = new NotesReader();
  private final TemplateEngine templates;
  private final DeckWriter deckWriter = new DeckWriter();
  private final PdfRenderer pdfRenderer = new PdfRenderer();

  public Builder(TemplateSet set) throws IOException {
    this.templates = new TemplateEngine(set);
  }

  /** Reads the notes only, for commands that need the talk but not the outputs. */
  public ReadResult read(Path notes, String displayName) {
    return reader.read(notes, displayName);
  }

  /** The deck plan the deck template makes of the notes, for {@code paperdeck plan}. */
  public Rendered plan(Talk talk) {
    return templates.renderDeckPlan(talk);
  }

  /**
   * Builds both outputs in memory.
   *
   * @param progress told the name of each stage as it starts
   */
  public BuildResult build(Path notes, String displayName, Consumer<String> progress) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    progress.accept("reading " + displayName);
    ReadResult read = reader.read(notes, displayName);
    diagnostics.addAll(read.diagnostics());
    if (read.talk() == null) {
      return new BuildResult(null, null, 0, diagnostics, Map.of());
    }
    Talk talk = read.talk();

    progress.accept("rendering the deck");
    Rendered planText = templates.renderDeckPlan(talk);
    diagnostics.addAll(planText.diagnostics());
    byte[] deck = null;
    int slides = 0;
    Map<String, String> generated = new HashMap<>();
    if (!planText.failed()) {
      // Problems in the plan are at plan lines, not template lines: name them as the plan.
      String planName = planSourceName(planText.templateName());
      generated.put(planName, planText.text());
      PlanParser.Result plan = PlanParser.parse(planText.text(), planName);
      diagnostics.addAll(plan.diagnostics());
      if (plan.ok()) {
        DeckWriter.Result written = writeDeck(plan, planName, diagnostics);
        if (written != null) {
          deck = written.pptx();
          slides = written.slideCount();
        }
      }
    }

    progress.accept("rendering the handout");
    Rendered xhtml = templates.renderHandout(talk);
    diagnostics.addAll(xhtml.diagnostics());
    byte[] handout = null;
    if (!xhtml.failed()) {
      PdfRenderer.Result pdf = pdfRenderer.render(xhtml.text(), notes.toAbsolutePath().getParent().toUri());
      diagnostics.addAll(pdf.diagnostics());
      handout = pdf.hasErrors() ? null : pdf.pdf();
    }
    return new BuildResult(deck, handout, slides, diagnostics, generated);
  }

  /** How messages name the deck plan a template produced: "TEMPLATE[plan]". */
  public static String planSourceName(String templateName) {
    return templateName + "[plan]";
  }

  private DeckWriter.Result writeDeck(
      PlanParser.Result plan, String planName, List<Diagnostic> diagnostics) {
    try {
      var theme = templates.templateSet().resource(THEME);
      if (theme.isEmpty()) {
        diagnostics.add(Diagnostic.error(SourcePos.startOf(THEME), "no theme.pptx in the template set"));
        return null;
      }
      DeckWriter.Result written =
          deckWriter.write(plan.plan(), theme.get().bytes(), theme.get().displayName(),
              planName);
      diagnostics.addAll(written.diagnostics());
      return written.pptx() == null ? null : written;
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(SourcePos.startOf(THEME), "cannot read the theme: " + e.getMessage()));
      return null;
    }
  }
}
