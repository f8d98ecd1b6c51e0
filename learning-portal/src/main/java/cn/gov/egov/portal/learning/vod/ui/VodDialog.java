package cn.gov.egov.portal.learning.vod.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.egov.portal.learning.course.ui.CourseTexts;
import cn.gov.egov.portal.learning.vod.VodDraft;
import cn.gov.egov.portal.learning.vod.VodItem;
import cn.gov.egov.portal.learning.vod.VodLibrary;
import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;

/** Adds or edits one VOD item: text, the video from the media library, audience and publication. */
class VodDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<MediaAsset> video = new ComboBox<>();
    final TextField category = new TextField();
    final TextField tags = new TextField();
    final Select<Role> audience = new Select<>();
    final Checkbox published = new Checkbox();

    VodDialog(VodLibrary library, PortalUser user, VodItem item, Runnable saved) {
        addClassName("vod-dialog");
        setHeaderTitle(getTranslation(item == null ? "vod.admin.new" : "vod.admin.edit"));
        setWidth("min(720px, 95vw)");
        title.setLabel(getTranslation("vod.field.title"));
        title.setMaxLength(200);
        description.setLabel(getTranslation("vod.field.description"));
        description.setMaxLength(4000);
        List<MediaAsset> media = library.attachableMedia(user);
        video.setLabel(getTranslation("vod.field.video"));
        video.setItems(media);
        video.setItemLabelGenerator(a -> a.title() + " · "
                + getTranslation("course.job." + (a.jobState() == null ? "none" : a.jobState())));
        category.setLabel(getTranslation("vod.field.category"));
        category.setMaxLength(50);
        tags.setLabel(getTranslation("vod.field.tags"));
        tags.setMaxLength(300);
        audience.setLabel(getTranslation("vod.field.audience"));
        audience.setItems(Role.values());
        audience.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        audience.setValue(Role.LEARNER);
        published.setLabel(getTranslation("vod.field.published"));
        if (item != null) {
            title.setValue(item.title());
            description.setValue(item.description());
            video.setValue(media.stream().filter(a -> a.id().equals(item.mediaAssetId())).findFirst().orElse(null));
            category.setValue(item.category());
            tags.setValue(item.tags());
            audience.setValue(item.minRole());
            published.setValue(item.published());
        }
        FormLayout form = new FormLayout(title, video, category, tags, audience, published, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        Button save = new Button(getTranslation("course.save"), e -> {
            VodDraft draft = new VodDraft(title.getValue(), description.getValue(),
                    video.getValue() == null ? null : video.getValue().id(), category.getValue(), tags.getValue(),
                    audience.getValue(), published.getValue());
            if (CourseTexts.attempt(this, () -> {
                if (item == null) {
                    library.create(user, draft);
                } else {
                    library.update(user, item.id(), draft);
                }
            })) {
                CourseTexts.notice(getTranslation("vod.saved"), NotificationVariant.LUMO_SUCCESS);
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("vod-save");
        getFooter().add(new Button(getTranslation("vod.cancel"), e -> close()), save);
    }
}
