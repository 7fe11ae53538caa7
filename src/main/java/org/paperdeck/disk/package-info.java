/**
 * Writing files so that no instant of a write, and no kill at that instant, loses one. A file
 * is replaced by writing its new bytes beside it under a hidden scratch name, flushing them to
 * the device, and one atomic rename over the old name; {@link org.paperdeck.disk.ScratchFiles}
 * names those scratch files after the process that made them, so a later run can tell an
 * abandoned one from one a running build still needs; {@link org.paperdeck.disk.Disk} is every
 * step that changes the disk, one method each, so tests can fail or stop a write at each.
 * {@link org.paperdeck.disk.BundledFonts} keeps the fonts paperdeck ships as files in the
 * user's cache folder, so that no font is copied to a temporary file a kill would leave behind.
 * Receives paths and bytes; hands on files on disk.
 */
package org.paperdeck.disk;
