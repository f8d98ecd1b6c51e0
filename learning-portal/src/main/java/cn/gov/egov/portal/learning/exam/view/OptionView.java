package cn.gov.egov.portal.learning.exam.view;

/**
 * One option as the learner sees it: its letter on this paper and its text. No option id, no right/wrong.
 *
 * @param text     plain text: render with text APIs only (Vaadin {@code setText}, DOM {@code textContent})
 * @param textHtml the same text escaped, the only form safe for {@code innerHTML}
 */
public record OptionView(String label, String text, String textHtml) {
}
