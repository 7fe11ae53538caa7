package org.paperdeck.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdeck.Tools;

/**
 * The QR codes of {@link QrCodeTest}'s deck scanned from LibreOffice's rendering of the slides,
 * as a phone would: LibreOffice and poppler draw the pages.
 */
class QrCodeIT {
  @TempDir
  static Path dir;

  static List<BufferedImage> pages;

  @BeforeAll
  static void writeAndRender() throws Exception {
    DeckWriter.Result result = QrCodeTest.write(dir);
    Path pptx = dir.resolve("qr.pptx");
    Files.write(pptx, result.pptx());
    Path pdf = Tools.libreOfficePdf(pptx, dir);
    assertEquals(3, Tools.pdfPages(pdf), "LibreOffice opens the deck: one page per slide");
    Tools.run(dir, List.of("pdftoppm", "-png", "-r", "150", pdf.toString(), dir.resolve("page").toString()));
    try (var files = Files.list(dir)) {
      pages = files.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png")).sorted()
          .map(p -> {
            try {
              return ImageIO.read(p.toFile());
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).toList();
    }
  }

  static String scan(BufferedImage page) throws Exception {
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
    try {
      Result decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
      return decoded.getText();
    } catch (NotFoundException e) {
      return null;
    }
  }

  @Test
  void theRenderedSlideScansBackToItsLink() throws Exception {
    assertEquals(3, pages.size());
    assertEquals(QrCodeTest.LINK, scan(pages.get(0)));
    assertEquals(QrCodeTest.CODE, scan(pages.get(1)));
    assertEquals(QrCodeTest.LINK, scan(pages.get(2)));
  }

}
