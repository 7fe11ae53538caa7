package org.paperdeck.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paperdeck.handout.PdfRenderer;
import org.paperdeck.model.Talk;
import org.paperdeck.notes.NotesReader;
import org.paperdeck.notes.ReadResult;
import org.paperdeck.pipeline.Builder;
import org.paperdeck.pipeline.Outputs;
import org.paperdeck.plan.PlanParser;
import org.paperdeck.pptx.DeckWriter;
import org.paperdeck.templates.HandoutOutput;
import org.paperdeck.templates.Rendered;
import org.paperdeck.templates.TemplateEngine;
import org.paperdeck.templates.TemplateSet;

/**
 * Each stage of a build on its own, warm: read (notes to talk), plan (deck template to deck
 * plan), deck (plan to .pptx with POI) and handout (handout template, then Flying Saucer to
 * PDF), for the worked example and for generated talks of 10, 100 and 1,000 papers. The time of
 * one build is roughly read + max(plan + deck, handout), since the deck and the handout are made
 * side by side.
 *
 * <p>Run from the checkout's root (the example is read from {@code talks/}); choose talks with
 * {@code -p talk=iclr,100}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss8m", "-Xmx768m",
    "-Djava.awt.headless=true",
    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
    "-Dlog4j2.simplelogLevel=OFF", "-Dlog4j2.statusLoggerLevel=OFF"})
public class StageBenchmark {
  @Param({"iclr", "10", "100", "1000"})
  public String talk;

  private Path notes;
  private NotesReader reader;
  private TemplateEngine templates;
  private Builder builder;
  private PdfRenderer pdfRenderer;
  private Talk read;
  private PlanParser.Result plan;
  private byte[] theme;
  private String xhtml;
  private URI base;

  @Setup
  public void setUp() throws IOException {
    notes = BenchTalks.notes(talk);
    reader = new NotesReader();
    templates = new TemplateEngine(TemplateSet.builtIn());
    builder = new Builder(TemplateSet.builtIn());
    pdfRenderer = new PdfRenderer();
    ReadResult result = reader.read(notes, notes.toString());
    read = BenchTalks.require(result.talk(), result.diagnostics(), "read");
    Rendered planText = templates.renderDeckPlan(read);
    plan = PlanParser.parse(BenchTalks.require(planText.text(), planText.diagnostics(), "plan"),
        "plan");
    theme = templates.templateSet().resource(TemplateSet.THEME).orElseThrow().bytes();
    Rendered handout = templates.renderHandout(read, HandoutOutput.defaults());
    xhtml = BenchTalks.require(handout.text(), handout.diagnostics(), "handout");
    base = notes.toAbsolutePath().getParent().toUri();
  }

  @Benchmark
  public Talk read() {
    return reader.read(notes, notes.toString()).talk();
  }

  @Benchmark
  public String plan() {
    return templates.renderDeckPlan(read).text();
  }

  @Benchmark
  public byte[] deck() {
    return new DeckWriter().write(plan.plan(), theme, "theme.pptx", "plan").pptx();
  }

  @Benchmark
  public byte[] handout() {
    String text = templates.renderHandout(read, HandoutOutput.defaults()).text();
    return pdfRenderer.render(text, base).pdf();
  }

  /** Only the Flying Saucer layout and PDF writing, without the template. */
  @Benchmark
  public byte[] handoutLayout() {
    return pdfRenderer.render(xhtml, base).pdf();
  }

  /** A whole build in memory, as {@code paperdeck watch} does it after a change. */
  @Benchmark
  public byte[] build() {
    return builder.build(notes, notes.toString(), stage -> { }).output(Outputs.PPTX);
  }

  /** Lets the stages be profiled outside JMH: {@code StageBenchmark TALK STAGE COUNT}. */
  public static void main(String[] args) throws IOException {
    StageBenchmark bench = new StageBenchmark();
    bench.talk = args[0];
    bench.setUp();
    for (int i = 0; i < Integer.parseInt(args[2]); i++) {
      long start = System.nanoTime();
      Object result = switch (args[1]) {
        case "read" -> bench.read();
        case "plan" -> bench.plan();
        case "deck" -> bench.deck();
        case "handout" -> bench.handout();
        default -> bench.build();
      };
      System.out.printf("%s %s: %d ms%n", args[1], result == null ? "failed" : "ok",
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
