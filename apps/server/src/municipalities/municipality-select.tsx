import { Field, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { usePage } from "../web/page-context.tsx";
import type { Municipality } from "./municipality-repository.ts";

/** All municipalities grouped by county in one native select: works without script and with any screen reader. */
export function MunicipalitySelect({ municipalities, selected }: { municipalities: Municipality[]; selected?: string }) {
  const { t } = usePage();
  const counties = [...new Map(municipalities.map((m) => [m.countyNumber, m.countyName])).entries()];
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
        {counties.map(([countyNumber, countyName]) => (
          <Select.Optgroup key={countyNumber} label={countyName}>
            {municipalities
              .filter((m) => m.countyNumber === countyNumber)
              .map((m) => (
                <Select.Option key={m.number} value={m.number}>
                  {m.name}
                </Select.Option>
              ))}
          </Select.Optgroup>
        ))}
      </Select>
    </Field>
  );
}
