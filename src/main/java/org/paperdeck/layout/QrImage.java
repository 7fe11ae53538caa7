package org.paperdeck.layout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.paperdeck.images.Png;

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
    int stride = (side + 7) / 8;
    // The image as PNG scanlines: a filter byte (0, none), then one bit a pixel, 1 for white.
    byte[] scanlines = new byte[side * (stride + 1)];
    for (int y = 0; y < modules; y++) {
      int first = y * MODULE_PIXELS * (stride + 1);
      for (int x = 0; x < side; x++) {
        if (!matrix.get(x / MODULE_PIXELS, y)) {
          scanlines[first + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
        }
      }
      for (int line = 1; line < MODULE_PIXELS; line++) {
        System.arraycopy(scanlines, first, scanlines, first + line * (stride + 1), stride + 1);
      }
    }
    return Png.gray1(side, side, scanlines);
  }
}
