package cn.gov.egov.portal.learning.exam.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.imports.ImportIssue;
import cn.gov.egov.portal.learning.exam.imports.ImportReport;
import cn.gov.egov.portal.learning.exam.service.QuestionBankService;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 导入试题 — upload a Moodle XML or GIFT file into a category of the bank; the report lists what was imported, every
 * item skipped and every warning with its line. A file refused as a whole says why, and nothing of it is kept.
 */
final class ImportDialog extends Dialog {

    private final TextField into = new TextField();
    private final Div report = new Div();
    private volatile String target = "";

    ImportDialog(QuestionBankService bank, PortalUser user, Runnable onImported) {
        setHeaderTitle(getTranslation("exam.bank.import"));
        setWidth("min(48rem, 95vw)");
        into.setLabel(getTranslation("exam.bank.import.into"));
        into.setHelperText(getTranslation("exam.bank.import.into-help"));
        into.setWidthFull();
        into.addValueChangeListener(e -> target = e.getValue());
        Upload upload = new Upload(handler(bank, user, onImported));
        upload.setId("exam-import-upload");
        upload.setAcceptedFileTypes(".xml", ".gift", ".txt");
        upload.setMaxFiles(1);
        report.addClassName("exam-import-report");
        add(new Paragraph(getTranslation("exam.bank.import.help")), into, upload, report);
        getFooter().add(new Button(getTranslation("exam.close"), e -> close()));
    }

    private UploadHandler handler(QuestionBankService bank, PortalUser user, Runnable onImported) {
        return event -> {
            var ui = event.getUI();
            try (var in = event.getInputStream()) {
                ImportReport result = bank.importFile(user, event.getFileName(), in, CategoryPath.parse(target));
                ui.access(() -> {
                    show(result);
                    onImported.run();
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (ExamException e) {
                event.reject(e.getMessage());
                ui.access(() -> failed(e.getMessage()));
            }
        };
    }

    void show(ImportReport result) {
        report.removeAll();
        report.add(new Paragraph(result.summary()));
        for (ImportIssue issue : result.skipped()) {
            report.add(line(getTranslation("exam.bank.import.skipped") + issue.describe()));
        }
        for (ImportIssue issue : result.warnings()) {
            report.add(line(getTranslation("exam.bank.import.warning") + issue.describe()));
        }
    }

    void failed(String message) {
        report.removeAll();
        Paragraph p = new Paragraph(getTranslation("exam.bank.import.refused", message));
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        report.add(p);
    }

    private static Span line(String text) {
        Span s = new Span(text);
        s.getStyle().set("display", "block").set("overflow-wrap", "anywhere");
        return s;
    }
}
