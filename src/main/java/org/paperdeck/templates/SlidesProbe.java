package org.paperdeck.templates;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;

/**
 * The {@code deck} variable of a handout rendered before any slides are drawn: it notes whether
 * the template reads {@code deck.slides} and gives it none. Until that first read the template
 * runs exactly as it would with the slides, so the note is exact, not a guess from the
 * template's text: a template that never reads them is finished, and one that does is rendered
 * again once they are drawn.
 */
final class SlidesProbe implements TemplateHashModel {
  private final ObjectWrapper wrapper;
  /** Set on the render's thread, read after it: see {@link RenderThread}. */
  private volatile boolean asked;

  SlidesProbe(ObjectWrapper wrapper) {
    this.wrapper = wrapper;
  }

  /** Whether the template read {@code deck.slides}. */
  boolean asked() {
    return asked;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    if (!key.equals("slides")) {
      return null;
    }
    asked = true;
    return wrapper.wrap(List.of());
  }

  @Override
  public boolean isEmpty() {
    return false;
  }
}
