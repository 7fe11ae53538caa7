package org.paperdeck.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.paperdeck.model.Block;
import org.paperdeck.model.Category;
import org.paperdeck.model.Insight;
import org.paperdeck.model.Paper;
import org.paperdeck.model.Reading;
import org.paperdeck.model.RichText;
import org.paperdeck.model.Section;
import org.paperdeck.model.Talk;

/**
 * The image files a talk shows (papers' {@code Image:} and every figure), each once: the files
 * besides the notes whose change changes the outputs, which is what watch mode listens to.
 */
final class TalkImages {
  private TalkImages() {}

  static List<Path> of(Talk talk) {
    Set<Path> images = new LinkedHashSet<>();
    add(talk.intro(), images);
    for (Category category : talk.categories()) {
      add(category.description(), images);
      for (Paper paper : category.papers()) {
        if (paper.image() != null) {
          images.add(paper.image().toAbsolutePath().normalize());
        }
        add(paper.summary(), images);
        paper.insights().stream().map(Insight::text).forEach(text -> add(text, images));
        paper.questions().forEach(text -> add(text, images));
        paper.sections().stream().map(Section::body).forEach(text -> add(text, images));
        add(paper.notes(), images);
      }
    }
    for (Reading reading : talk.furtherReading()) {
      add(reading.note(), images);
    }
    return List.copyOf(new ArrayList<>(images));
  }

  private static void add(RichText text, Set<Path> images) {
    if (text != null) {
      text.blocks().forEach(block -> add(block, images));
    }
  }

  private static void add(Block block, Set<Path> images) {
    if (block instanceof Block.Figure figure) {
      images.add(figure.path().toAbsolutePath().normalize());
    } else if (block instanceof Block.ListBlock list) {
      list.items().forEach(item -> item.blocks().forEach(inner -> add(inner, images)));
    }
  }
}
