package org.paperdeck.api;

/**
 * One slide of the deck a build made, as a preview labels its picture.
 *
 * @param number the slide's number, 1 for the first
 * @param role what the slide is for, as the deck template said it: {@code title}, {@code agenda},
 *     {@code section}, {@code paper}, {@code paper-with-figure}, {@code discussion}, {@code
 *     further-reading}; or the theme layout's name when the template named a layout only
 * @param title the slide's title, on one line; empty when it has none
 * @param speakerNotes the speaker notes' text, a paragraph to a line; empty when there are none
 */
public record Slide(int number, String role, String title, String speakerNotes) {}
