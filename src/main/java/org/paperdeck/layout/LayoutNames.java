package org.paperdeck.layout;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names PowerPoint and LibreOffice give their standard layouts in the languages labs work in,
 * so a theme saved by a German, French, Portuguese, Spanish, Italian, Dutch, Polish, Chinese or
 * Bulgarian PowerPoint (whose types may be missing after an edit) is read as the English one
 * would be. Names are compared without
 * case, accents and punctuation, so LibreOffice's "Title, Content" is "Title Content".
 */
final class LayoutNames {
  private static final Map<String, List<String>> ALIASES = Map.of(
      "Title Slide", List.of("title slide", "titelfolie", "diapositive de titre",
          "slide de titulo", "diapositivo de titulo", "diapositiva de titulo",
          "diapositiva titolo", "titel dia", "slajd tytułowy", "标题幻灯片",
          "заглавен слаид"),
      "Title and Content", List.of("title content", "title and content", "titel und inhalt",
          "titre et contenu", "titulo e conteudo", "titulo y objetos", "titulo y contenido",
          "titolo e contenuto", "conteudo", "inhalt", "contenu", "contenido", "contenuto",
          "titel en object", "tytuł i zawartosc", "标题和内容", "заглавие и съдържание"),
      "Section Header", List.of("section header", "section title", "abschnittsuberschrift",
          "en tete de section", "cabecalho da secao", "cabecalho de secao",
          "encabezado de seccion", "intestazione sezione", "sectiekop", "nagłowek sekcji", "节标题",
          "заглавка на секция"),
      "Title Only", List.of("title only", "nur titel", "titre seul", "somente titulo",
          "apenas titulo", "solo el titulo", "solo titolo", "alleen titel", "tylko tytuł", "仅标题",
          "само заглавие"),
      "Two Content", List.of("two content", "title 2 content", "zwei inhalte",
          "deux contenus", "duas partes de conteudo", "dois conteudos", "dos objetos",
          "due contenuti", "twee objecten", "dwa elementy zawartosci", "两栏内容", "две съдържания"),
      "Blank", List.of("blank", "blank slide", "leer", "vide", "em branco", "en blanco",
          "vuota", "leeg", "pusty", "空白", "празен"));

  private LayoutNames() {}

  /** Whether a theme's layout called {@code themeName} is the standard layout {@code english}. */
  static boolean means(String themeName, String english) {
    List<String> aliases = ALIASES.get(english);
    if (aliases == null) {
      return plain(themeName).equals(plain(english));
    }
    String plain = plain(themeName);
    return aliases.contains(plain);
  }

  /** Lower case, no accents, words separated by single spaces. */
  static String plain(String name) {
    String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
