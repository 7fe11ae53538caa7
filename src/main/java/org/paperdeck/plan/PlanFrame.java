package org.paperdeck.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperdeck.diagnostics.SourcePos;

/**
 * An open element of the plan while {@link PlanHandler} reads it, and what it has gathered so
 * far; which fields it uses depends on its name.
 */
final class PlanFrame {
  final String name;
  final SourcePos pos;
  final RunCollector runs = new RunCollector();
  final List<PlanBlock> blocks = new ArrayList<>();
  final List<PlanBlock.Item> items = new ArrayList<>();
  final List<List<Run>> cells = new ArrayList<>();
  final List<List<List<Run>>> rows = new ArrayList<>();
  final List<SlidePlan> slides = new ArrayList<>();
  final StringBuilder tex = new StringBuilder();
  boolean allHeaders = true;
  boolean displayMath;
  String displayLatex;
  PlanImage figure;
  boolean headerRow;
  String styleClass;
  /** {@code at} of a {@code p} or {@code li}: where the notes file says what it shows. */
  SourcePos at;
  SlideParts slide;
  String footer;
  String lang;
  String continued;
  Map<SlideRole, String> layouts;

  PlanFrame(String name, SourcePos pos) {
    this.name = name;
    this.pos = pos;
  }

  /** The parts of a {@code <slide>} as they arrive. */
  static final class SlideParts {
    String layout;
    SlidePlan.Overflow overflow = SlidePlan.Overflow.CONTINUE;
    SlidePlan.Look look = SlidePlan.Look.NONE;
    List<Run> title;
    List<Run> subtitle;
    List<PlanBlock> body;
    List<PlanBlock> notes;
    final List<PlanImage> images = new ArrayList<>();
    String qrHref;
    double bodySize;
    double bodyFloor;
    SourcePos at;
  }
}
