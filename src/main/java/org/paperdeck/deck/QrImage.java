package org.paperdeck.deck;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A link as a QR code picture: a black-and-white PNG with the standard four-module quiet zone,
 * each module a square of whole pixels, so that scaling it on a slide or a projector never blurs
 * module edges into grey.
 */
final class QrImage {
  /** Pixels per module: enough that renderers scaling the picture keep the edges sharp. */
  static final int MODULE_PIXELS = 10;
  /** The quiet zone the QR standard asks for, in modules; scanners need it. */
  static final int QUIET_ZONE = 4;

  private QrImage() {}

  /**
   * The PNG for {@code text}, at error correction level M (about 15 % of the code may be
   * damaged or covered, a fair trade between size and robustness for a projected slide).
   *
   * @throws IllegalArgumentException when the text is too long for any QR code
   */
  static byte[] png(String text) {
    BitMatrix matrix;
    try {
      // Width and height 0: the smallest matrix for the text, quiet zone included, one bit a module.
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN, QUIET_ZONE,
          EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code (" + text.length() + " characters)", e);
    }
    int modules = matrix.getWidth();
    int side = modules * MODULE_PIXELS;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    // Straight into the raster, a row of modules at a time: setRGB per pixel goes through the
    // colour model for each of the ~100,000 pixels and was most of the cost of a paper's slide.
    WritableRaster raster = image.getRaster();
    int[] row = new int[side];
    for (int y = 0; y < modules; y++) {
      for (int x = 0; x < side; x++) {
        row[x] = matrix.get(x / MODULE_PIXELS, y) ? 0 : 1; // index 0 is black, 1 white
      }
      for (int line = 0; line < MODULE_PIXELS; line++) {
        raster.setPixels(0, y * MODULE_PIXELS + line, side, 1, row);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
