/**
 * Which files a build may read. Two inputs name files: the notes (a paper's {@code Image:}, a
 * figure {@code ![](plot.png)}) and the templates ({@code <image src>} in the deck plan, an
 * {@code <img>} or stylesheet in the handout). A template is code a user may have been sent,
 * and notes may come from anyone too, so neither may make a build read the rest of the machine:
 * files are read only from inside a few folders, the notes file's folder and the user's template
 * folder, with symbolic links followed so that a link cannot lead out of them.
 *
 * <p>{@link org.paperdeck.files.FileRoots} is that rule, written once; each stage that reads a
 * named file asks it and says the refusal in its own words. Receives the folders; hands on
 * allowed paths or refusals. No I/O beyond looking at the paths.
 */
package org.paperdeck.files;
