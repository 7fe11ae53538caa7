package org.paperdeck.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every way people write a DOI or an arXiv ID becomes the one link a reader can open. */
class IdentifiersTest {
  private static String link(String written) {
    return Identifiers.link(written).orElse("(not an identifier)");
  }

  @Test
  void arXivIdsOfBothStylesWithAndWithoutVersionsAreAbstractPages() {
    assertEquals("https://arxiv.org/abs/1703.03400", link("arXiv:1703.03400"));
    assertEquals("https://arxiv.org/abs/1703.03400v3", link("arxiv: 1703.03400v3"));
    assertEquals("https://arxiv.org/abs/2110.02037", link("2110.02037"));
    assertEquals("https://arxiv.org/abs/0706.0001", link("0706.0001"));
    assertEquals("https://arxiv.org/abs/hep-th/9901001", link("hep-th/9901001"));
    assertEquals("https://arxiv.org/abs/math.GT/0309136v2", link("arXiv:math.GT/0309136v2"));
  }

  @Test
  void arXivAddressesOfPdfsAndOldHostsBecomeTheAbstractPage() {
    assertEquals("https://arxiv.org/abs/1703.03400v2", link("http://arxiv.org/pdf/1703.03400v2.pdf"));
    assertEquals("https://arxiv.org/abs/1703.03400", link("https://www.arxiv.org/abs/1703.03400"));
    assertEquals("https://arxiv.org/abs/hep-th/9901001", link("https://export.arxiv.org/abs/hep-th/9901001"));
  }

  @Test
  void doisWrittenAnyWayAreDoiOrgLinks() {
    assertEquals("https://doi.org/10.48550/arXiv.1703.03400", link("doi:10.48550/arXiv.1703.03400"));
    assertEquals("https://doi.org/10.1145/3292500.3330701", link("10.1145/3292500.3330701"));
    assertEquals("https://doi.org/10.1038/nature14539", link("DOI: 10.1038/nature14539"));
    assertEquals("https://doi.org/10.1038/nature14539", link("http://dx.doi.org/10.1038/nature14539"));
  }

  @Test
  void ordinaryLinksAndTextAreNotIdentifiers() {
    assertEquals("(not an identifier)", link("https://openreview.net/forum?id=AmUhwTOHgm"));
    assertEquals("(not an identifier)", link("https://arxiv.org/list/cs.LG/recent"));
    assertEquals("(not an identifier)", link("1703.034"));
    assertEquals("(not an identifier)", link("see 10.1038/nature14539"));
  }

  @Test
  void anArxivDoiNamesItsArxivPaper() {
    assertEquals(Optional.of("1703.03400"), Identifiers.arxivOfDoi("10.48550/ARXIV.1703.03400"));
    assertEquals(Optional.empty(), Identifiers.arxivOfDoi("10.1038/nature14539"));
    assertEquals("1703.03400", Identifiers.unversioned("1703.03400v5"));
  }
}
