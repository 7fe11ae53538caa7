package org.paperdeck.templates;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code deck} variable of the handout: a hash whose {@code slides} are drawn only when a
 * template first reads them. Drawing a deck's slides takes a second or two and the deck's own
 * build; a handout that never shows slides should pay for neither.
 */
final class LazySlides implements TemplateHashModel {
  private final HandoutOutput output;
  private final ObjectWrapper wrapper;
  private TemplateModel slides;

  LazySlides(HandoutOutput output, ObjectWrapper wrapper) {
    this.output = output;
    this.wrapper = wrapper;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    if (!key.equals("slides")) {
      return null;
    }
    if (slides == null) {
      List<Object> list = new ArrayList<>();
      for (HandoutOutput.Slide slide : output.slides().get()) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", slide.number());
        map.put("title", slide.title());
        map.put("image", slide.image());
        list.add(map);
      }
      slides = wrapper.wrap(list);
    }
    return slides;
  }

  @Override
  public boolean isEmpty() {
    return false;
  }
}
