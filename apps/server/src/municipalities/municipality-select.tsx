import { Field, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { usePage } from "../web/page-context.tsx";
import type { Municipality } from "./municipality-repository.ts";
import { byNorwegianName } from "./municipality-finder.ts";

/** All municipalities A–Z (Norwegian order) in one native select: works without script and with any screen reader; typing a name's first letters jumps to it. */
export function MunicipalitySelect({ municipalities, selected }: { municipalities: Municipality[]; selected?: string }) {
  const { t } = usePage();
  return (
    <Field>
      <Label htmlFor="field-nummer">{t("landing.municipalityLabel")}</Label>
      <Paragraph data-size="sm" id="field-nummer-hint" className="field-hint">
        {t("landing.municipalityHint")}
      </Paragraph>
      <Select id="field-nummer" name="nummer" aria-describedby="field-nummer-hint" defaultValue={selected ?? ""} required>
        <Select.Option value="" disabled>
          {t("landing.chooseMunicipality")}
        </Select.Option>
        {byNorwegianName(municipalities).map((m) => (
          <Select.Option key={m.number} value={m.number}>
            {m.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
