package cn.gov.egov.portal.people.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import cn.gov.egov.portal.people.ErrorReportWorkbook;
import cn.gov.egov.portal.people.RosterFileException;
import cn.gov.egov.portal.people.RosterTemplate;
import cn.gov.egov.portal.people.RowError;
import cn.gov.egov.portal.people.admin.CredentialWorkbook;
import cn.gov.egov.portal.people.admin.ImportOutcome;
import cn.gov.egov.portal.people.admin.PeopleAccessDeniedException;
import cn.gov.egov.portal.people.admin.PeopleProperties;
import cn.gov.egov.portal.people.admin.RosterImportService;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 导入花名册: template download, upload (size-limited), progress while the import runs in the background, then
 * either the count and the initial passwords to download, or the summary, the first errors and the error report.
 */
class RosterImportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(RosterImportDialog.class);
    private static final int ERRORS_SHOWN = 50;

    final Paragraph status = new Paragraph();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Grid<RowError> errors = new Grid<>();
    final Anchor download = new Anchor();
    private final Upload upload;
    private final RosterImportService service;
    private final PortalUser user;
    private final Runnable onImported;
    private Path report;
    private ImportOutcome outcome;

    RosterImportDialog(RosterImportService service, PeopleProperties properties, PortalUser user,
                       Runnable onImported) {
        this.service = service;
        this.user = user;
        this.onImported = onImported;
        addClassName("roster-import-dialog");
        setHeaderTitle(getTranslation("people.import.title"));
        setWidth("min(56rem, 100vw)");
        Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                RosterTemplate.write(out);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), RosterTemplate.FILE_NAME,
                    ErrorReportWorkbook.CONTENT_TYPE, out.size());
        }), getTranslation("people.import.template"));
        template.addClassName("roster-template");
        upload = new Upload(uploadHandler());
        upload.setId("roster-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.maxUploadSize().toBytes()));
        upload.setMaxFiles(1);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("people.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("people.upload.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("people.upload.too-large"))
                .setIncorrectFileType(getTranslation("people.upload.type"))
                .setTooManyFiles(getTranslation("people.upload.too-many")));
        upload.setI18n(texts);
        progress.setVisible(false);
        download.setVisible(false);
        download.addClassName("roster-result-download");
        errors.addColumn(RowError::row).setHeader(getTranslation("people.import.col.row")).setAutoWidth(true);
        errors.addColumn(e -> e.column() == null ? "" : e.column().title())
                .setHeader(getTranslation("people.import.col.column")).setAutoWidth(true);
        errors.addColumn(RowError::message).setHeader(getTranslation("people.import.col.message")).setFlexGrow(1);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        add(new Paragraph(getTranslation("people.import.help", properties.maxUploadSize().toMegabytes())),
                template, upload, progress, status, download, errors);
        getFooter().add(new Button(getTranslation("people.close"), e -> close()));
        addDialogCloseActionListener(e -> close());
        // the import runs in the background and the portal has no server push: poll while the dialog is open
        addAttachListener(e -> e.getUI().setPollInterval(1000));
        addDetachListener(e -> {
            e.getUI().setPollInterval(-1);
            cleanUp();
        });
    }

    private UploadHandler uploadHandler() {
        return event -> {
            UI ui = event.getUI();
            Path file;
            try (var in = event.getInputStream()) {
                file = service.reader().copyUpload(in);
            } catch (RosterFileException e) {
                event.reject(e.getMessage());
                ui.access(() -> show(e.getMessage()));
                return;
            }
            ui.access(() -> {
                progress.setVisible(true);
                progress.setIndeterminate(true);
                status.setText(getTranslation("people.import.running"));
            });
            Thread.ofVirtual().name("roster-import").start(() -> run(ui, file));
        };
    }

    private void run(UI ui, Path file) {
        try {
            ImportOutcome result = service.importRoster(user, file, p -> ui.access(() -> {
                progress.setIndeterminate(p.phase() != cn.gov.egov.portal.people.admin.ImportProgress.Phase.WRITING);
                progress.setValue(p.fraction());
                status.setText(getTranslation("people.import.phase." + p.phase(), p.done(), p.total()));
            }));
            ui.access(() -> shown(result));
        } catch (RosterFileException e) {
            ui.access(() -> show(e.getMessage()));
        } catch (PeopleAccessDeniedException e) {
            ui.access(() -> show(getTranslation("people.error.forbidden")));
        } catch (IOException | RuntimeException e) {
            log.error("Roster import failed", e);
            ui.access(() -> show(getTranslation("people.import.failed")));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }

    private void show(String message) {
        upload.clearFileList(); // one roster at a time: ready for the corrected file
        progress.setVisible(false);
        status.setText(message);
    }

    void shown(ImportOutcome result) {
        cleanUp();
        outcome = result;
        upload.clearFileList();
        progress.setVisible(false);
        switch (result) {
            case ImportOutcome.Imported ok -> {
                status.setText(getTranslation("people.import.done", ok.people(), ok.units()));
                List<ImportOutcome.Credential> credentials = ok.credentials();
                download.setHref(DownloadHandler.fromInputStream(e -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        CredentialWorkbook.write(credentials, out);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()),
                            CredentialWorkbook.FILE_NAME, ErrorReportWorkbook.CONTENT_TYPE, out.size());
                }));
                download.setText(getTranslation("people.import.credentials"));
                download.setVisible(true);
                onImported.run();
            }
            case ImportOutcome.Rejected bad -> {
                report = bad.report();
                status.setText(bad.summary());
                Path file = bad.report();
                download.setHref(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                        Files.newInputStream(file), "花名册错误报告.xlsx", ErrorReportWorkbook.CONTENT_TYPE,
                        Files.size(file))));
                download.setText(getTranslation("people.import.report"));
                download.setVisible(true);
                errors.setItems(bad.errors().subList(0, Math.min(ERRORS_SHOWN, bad.errors().size())));
                errors.setVisible(true);
            }
        }
    }

    ImportOutcome outcome() {
        return outcome;
    }

    private void cleanUp() {
        if (report != null) {
            try {
                Files.deleteIfExists(report);
            } catch (IOException e) {
                log.warn("Could not delete {}", report, e);
            }
            report = null;
        }
    }
}
