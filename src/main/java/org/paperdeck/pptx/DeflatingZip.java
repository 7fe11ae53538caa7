package org.paperdeck.pptx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;

/**
 * The zip POI saves a deck into, with each entry deflated on other threads while POI goes on to
 * the next, and the entries written in POI's order when it finishes. POI writes every
 * part, and every part's relationships, one after the other at the very end of the deck; by then
 * the handout and the slides' finishing are done and the second core is idle, while deflating
 * was half of that last step (docs/performance.md, "Seventh round").
 *
 * <p>Each entry is deflated whole, at the level and with the method {@link ZipArchiveOutputStream}
 * would use, so its compressed bytes are the ones it would have written; only the entries'
 * headers differ: the sizes are in each local header rather than after the data, and every
 * entry has the one time it is given, as {@code pipeline.Reproducible} would stamp it.
 */
final class DeflatingZip extends ZipArchiveOutputStream {
  /**
   * The time entries are given when the caller names none: the earliest a zip entry holds as it
   * is. A time a zip's two-second clock cannot hold (POI leaves entries without one) makes
   * commons-compress add, and work out, extra time fields for every entry.
   */
  static final long EARLIEST_TIME = LocalDateTime.of(1980, 1, 1, 0, 0)
      .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

  /** An entry closed, by name, its bytes deflated or being deflated. */
  private record Deflated(String name, CompletableFuture<Compressed> data) {}

  /** An entry's bytes deflated, with the checksum and size of the bytes themselves. */
  private record Compressed(byte[] bytes, long crc, int size) {}

  /**
   * As many threads as cores: while POI writes, one core is POI's; once it is done, deflating
   * what is left takes every core.
   */
  private final ExecutorService deflater = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), task -> {
    Thread thread = new Thread(task, "paperdeck-deflate");
    thread.setDaemon(true); // never keeps the JVM alive after the command is done
    return thread;
  });
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  /** Relationships parts to write after their parts, by the name of the part's entry. */
  private final Map<String, RelationshipsXml.Entry> relationships;
  /** Parts POI does not hold, in the order they were made. */
  private final List<OutsidePart> made;
  /** The same in POI's order of parts, each to be written where POI would have. */
  private final List<OutsidePart> outside;
  /** How many of {@link #outside} are written. */
  private int outsideWritten;
  private final long entryTime;
  private final List<Deflated> entries = new ArrayList<>();
  private ZipArchiveEntry open;
  private ByteArrayOutputStream openData;
  private boolean written;

  /**
   * @param relationships relationships parts written as text ({@link RelationshipsXml}), each
   *     to be written right after the entry of its part, as POI writes them
   * @param outside parts to write that POI's package does not hold, with their relationships,
   *     and to list in {@code [Content_Types].xml}, in the order they were made
   * @param entryTime every entry's time, in milliseconds since 1970
   */
  DeflatingZip(OutputStream out, Map<String, RelationshipsXml.Entry> relationships,
      List<OutsidePart> outside, long entryTime) {
    super(out);
    this.relationships = relationships;
    this.made = List.copyOf(outside);
    this.outside = outside.stream().sorted(OutsidePart.IN_POI_ORDER).toList();
    this.entryTime = entryTime;
  }

  @Override
  public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
    if (open != null) {
      closeArchiveEntry();
    }
    open = entry;
    openData = new ByteArrayOutputStream();
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    if (open == null) {
      throw new IllegalStateException("no zip entry is open");
    }
    openData.write(bytes, offset, length);
  }

  @Override
  public void closeArchiveEntry() {
    if (open == null) {
      throw new IllegalStateException("no zip entry is open");
    }
    String name = open.getName();
    byte[] data = openData.toByteArray();
    if (name.equals(CONTENT_TYPES)) {
      data = ContentTypesXml.listing(data, made);
    } else {
      addOutsideBefore(name);
    }
    add(name, data);
    RelationshipsXml.Entry its = relationships.get(name);
    if (its != null) {
      add(its.name(), its.xml());
    }
    open = null;
    openData = null;
  }

  /**
   * Adds the parts outside POI's package that POI would have written before the entry {@code
   * name}, or all that are left when {@code name} is null: it writes parts in the order of
   * their names, each followed by its relationships.
   */
  private void addOutsideBefore(String name) {
    while (outsideWritten < outside.size()) {
      OutsidePart next = outside.get(outsideWritten);
      if (name != null && !next.sortsBefore("/" + name)) {
        return;
      }
      add(ZipHelper.getZipItemNameFromOPCName(next.name().getName()), next.xml());
      if (next.relationships() != null) {
        add(next.relationships().name(), next.relationships().xml());
      }
      outsideWritten++;
    }
  }

  private void add(String name, byte[] data) {
    entries.add(new Deflated(name, CompletableFuture.supplyAsync(() -> deflated(data), deflater)));
  }

  /** {@code data} deflated as a zip entry's content: raw deflate, the default level. */
  private static Compressed deflated(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return new Compressed(out.toByteArray(), crc.getValue(), data.length);
    } finally {
      deflater.end();
    }
  }

  /** Waits for each entry's deflating, in order, and writes the entries and the directory. */
  @Override
  public void finish() throws IOException {
    if (written) {
      return;
    }
    if (open != null) {
      closeArchiveEntry();
    }
    addOutsideBefore(null);
    try {
      for (Deflated deflated : entries) {
        Compressed compressed = deflated.data().join();
        ZipArchiveEntry raw = new ZipArchiveEntry(deflated.name());
        raw.setMethod(ZipEntry.DEFLATED);
        raw.setTime(entryTime);
        raw.setCrc(compressed.crc());
        raw.setSize(compressed.size());
        raw.setCompressedSize(compressed.bytes().length);
        super.addRawArchiveEntry(raw, new ByteArrayInputStream(compressed.bytes()));
      }
    } catch (CompletionException e) {
      throw new IOException("cannot compress the deck: " + e.getCause().getMessage(), e.getCause());
    } finally {
      deflater.shutdownNow();
    }
    written = true;
    super.finish();
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      deflater.shutdownNow();
    }
  }
}
