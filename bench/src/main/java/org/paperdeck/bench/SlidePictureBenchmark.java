package org.paperdeck.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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
import org.paperdeck.images.Png;
import org.paperdeck.images.SmallerCopy;
import org.paperdeck.pipeline.Builder;
import org.paperdeck.pipeline.Outputs;
import org.paperdeck.render.SlideImages;
import org.paperdeck.templates.TemplateSet;

/**
 * Encoding the example's 17 slides as PNG, as the preview, {@code --formats png} and the slides
 * handout do: paperdeck's encoder ({@code images.Png}) at zlib's levels 3 and 6 against ImageIO's
 * writer at quality 0.75 ({@code SmallerCopy.encode}), which they used before. The slides are drawn once, in the setup; each
 * operation encodes all 17. Prints the bytes each way makes once, for the sizes.
 *
 * <p>Run from the checkout's root: {@code java -jar bench/target/benchmarks.jar
 * SlidePictureBenchmark -p dpi=96,150}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx768m", "-Djava.awt.headless=true"})
public class SlidePictureBenchmark {
  @Param({"96", "150"})
  public int dpi;

  @Param({"png-3", "png-6", "imageio-0.75"})
  public String encoder;

  private final List<BufferedImage> slides = new ArrayList<>();

  @Setup
  public void drawSlides() throws IOException {
    Path notes = BenchTalks.notes("iclr");
    byte[] pptx = new Builder(TemplateSet.builtIn())
        .build(notes, notes.toString(), stage -> { }).output(Outputs.PPTX);
    for (SlideImages.SlideImage image : new SlideImages().atDpi(pptx, dpi)) {
      BufferedImage read = ImageIO.read(new ByteArrayInputStream(image.png()));
      BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(),
          BufferedImage.TYPE_INT_RGB);
      rgb.createGraphics().drawImage(read, 0, 0, null);
      slides.add(rgb); // as SlideImages draws them
    }
    long bytes = 0;
    for (byte[] png : encodeAll()) {
      bytes += png.length;
    }
    System.out.printf("%n%s at %d dpi: %,d bytes for %d slides%n", encoder, dpi, bytes,
        slides.size());
  }

  @Benchmark
  public List<byte[]> encodeAll() throws IOException {
    List<byte[]> encoded = new ArrayList<>(slides.size());
    for (BufferedImage slide : slides) {
      encoded.add(switch (encoder) {
        case "png-3" -> Png.rgb(slide, 3);
        case "png-6" -> Png.rgb(slide, 6);
        default -> SmallerCopy.encode(slide, "png", 0.75f);
      });
    }
    return encoded;
  }
}
