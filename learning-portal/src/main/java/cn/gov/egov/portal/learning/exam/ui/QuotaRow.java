package cn.gov.egov.portal.learning.exam.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.paper.Quota;

/** One 抽题规则 of a drawn paper: category (with subcategories or not), optional type, how many. */
final class QuotaRow extends HorizontalLayout {

    private final ComboBox<CategoryPath> category = new ComboBox<>();
    private final ComboBox<QuestionType> type = new ComboBox<>();
    private final IntegerField count = new IntegerField();
    private final Checkbox below = new Checkbox();

    QuotaRow(List<CategoryPath> categories, Runnable remove) {
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        category.setLabel(getTranslation("exam.admin.quota.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(CategoryPath::toString);
        type.setLabel(getTranslation("exam.admin.quota.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(QuestionType::chinese);
        type.setPlaceholder(getTranslation("exam.bank.all-types"));
        type.setClearButtonVisible(true);
        count.setLabel(getTranslation("exam.admin.quota.count"));
        count.setMin(1);
        count.setMax(Quota.MAX_COUNT);
        count.setValue(5);
        count.setStepButtonsVisible(true);
        below.setLabel(getTranslation("exam.admin.quota.below"));
        below.setValue(true);
        add(category, type, count, below, new Button(getTranslation("exam.admin.quota.remove"), e -> remove.run()));
    }

    void show(Quota quota) {
        category.setValue(quota.category());
        type.setValue(quota.type());
        count.setValue(quota.count());
        below.setValue(quota.includeSubcategories());
    }

    Quota quota() {
        if (category.getValue() == null || count.getValue() == null) {
            throw new ExamException("quota-invalid", getTranslation("exam.admin.quota.incomplete"));
        }
        return new Quota(category.getValue(), below.getValue(), type.getValue(), count.getValue(), null);
    }
}
