package org.paperdeck.templates;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker's object wrapper, but every string a template sees is one XML can hold. The plain
 * values (a title, a label, a {@code --var}, a front-matter {@code vars} entry) are printed
 * with FreeMarker's own escaping, which leaves a control character such as NUL as it is; the
 * deck plan or the handout would then not be well-formed XML, reported at a generated line the
 * user never wrote. The rich text is cleaned the same way by {@link MarkupWriter#escape}.
 */
final class XmlSafeWrapper extends DefaultObjectWrapper {
  XmlSafeWrapper(DefaultObjectWrapperConfiguration configuration) {
    super(configuration, true);
  }

  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    return super.wrap(obj instanceof String s ? MarkupWriter.xmlSafe(s) : obj);
  }
}
