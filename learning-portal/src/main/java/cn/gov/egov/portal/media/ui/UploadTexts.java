package cn.gov.egov.portal.media.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's texts in the user's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("media.upload.drop"))
                .setMany(c.getTranslation("media.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("media.upload.add"))
                .setMany(c.getTranslation("media.upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("media.upload.too-many"))
                .setFileIsTooBig(c.getTranslation("media.upload.too-large"))
                .setIncorrectFileType(c.getTranslation("media.upload.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("media.upload.connecting"))
                        .setStalled(c.getTranslation("media.upload.stalled"))
                        .setProcessing(c.getTranslation("media.upload.processing")).setHeld(c.getTranslation(
                                "media.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(c.getTranslation(
                        "media.upload.remaining")).setUnknown(c.getTranslation("media.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(c.getTranslation(
                        "media.upload.server-error")).setUnexpectedServerError(c.getTranslation(
                        "media.upload.server-error")).setForbidden(c.getTranslation("media.upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "KB", "MB", "GB", "TB")));
        return i18n;
    }
}
