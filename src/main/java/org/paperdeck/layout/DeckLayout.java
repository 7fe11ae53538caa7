package org.paperdeck.layout;

import java.util.List;

/** Every slide of a deck, decided, in order, "(cont.)" slides included. */
public record DeckLayout(List<SlideLayout> slides) {
  public DeckLayout {
    slides = List.copyOf(slides);
  }
}
