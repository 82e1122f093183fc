import { Trash } from "@medusajs/icons"
import {
  Button,
  Heading,
  IconButton,
  Input,
  Label,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  type LoyaltySettings,
  useUpdateLoyaltySettings,
} from "../hooks/api/loyalty"

type Row = Record<string, string>

const toRows = (s: LoyaltySettings) => ({
  earnRates: Object.entries(s.earn_rates).map(([currency, r]) => ({
    currency,
    points: String(r.points),
    per: String(r.per),
  })),
  pointValues: Object.entries(s.point_values).map(([currency, value]) => ({
    currency,
    value: String(value),
  })),
  tiers: s.tiers.map((tier) => ({
    name: tier.name,
    threshold: String(tier.threshold),
    multiplier: String(tier.multiplier),
  })),
  maxRedeemPercent: String(+(s.max_redeem_share * 100).toFixed(4)),
  tierWindowMonths: String(s.tier_window_months),
  expiryMonths: String(s.expiry_months),
  expiryNoticeDays: String(s.expiry_notice_days),
})

// Empty fields are sent as NaN-free nulls so the API names the bad field.
const num = (v: string) => (v.trim() === "" ? null : Number(v))

function toBody(f: ReturnType<typeof toRows>) {
  return {
    earn_rates: Object.fromEntries(
      f.earnRates.map((r) => [
        r.currency.trim().toLowerCase(),
        { points: num(r.points), per: num(r.per) },
      ])
    ),
    point_values: Object.fromEntries(
      f.pointValues.map((r) => [r.currency.trim().toLowerCase(), num(r.value)])
    ),
    max_redeem_share:
      num(f.maxRedeemPercent) === null
        ? null
        : Number(f.maxRedeemPercent) / 100,
    tiers: f.tiers.map((r) => ({
      name: r.name.trim(),
      threshold: num(r.threshold),
      multiplier: num(r.multiplier),
    })),
    tier_window_months: num(f.tierWindowMonths),
    expiry_months: num(f.expiryMonths),
    expiry_notice_days: num(f.expiryNoticeDays),
  }
}

function RowsEditor({
  name,
  rows,
  columns,
  onChange,
  addLabel,
  blank,
}: {
  name: string
  rows: Row[]
  columns: { key: string; label: string; type?: string }[]
  onChange: (rows: Row[]) => void
  addLabel: string
  blank: Row
}) {
  const set = (i: number, key: string, value: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)))
  return (
    <div
      className="flex flex-col gap-y-2"
      data-testid={`loyalty-settings-${name}`}
    >
      {rows.map((row, i) => (
        <div key={i} className="flex items-end gap-x-2">
          {columns.map((c) => (
            <div key={c.key} className="flex flex-1 flex-col gap-y-1">
              {i === 0 && <Label size="xsmall">{c.label}</Label>}
              <Input
                size="small"
                type={c.type ?? "text"}
                step="any"
                value={row[c.key]}
                onChange={(e) => set(i, c.key, e.target.value)}
                data-testid={`loyalty-settings-${name}-${i}-${c.key}`}
              />
            </div>
          ))}
          <IconButton
            size="small"
            variant="transparent"
            type="button"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={() => onChange([...rows, { ...blank }])}
        >
          {addLabel}
        </Button>
      </div>
    </div>
  )
}

function Field({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (v: string) => void
}) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="number"
        step="any"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={id}
      />
      {hint && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      )}
    </div>
  )
}

/** Edits the whole program; the API validates and its message is shown. */
export function LoyaltySettingsForm({
  settings,
}: {
  settings: LoyaltySettings
}) {
  const { t } = useTranslation()
  const [form, setForm] = useState(() => toRows(settings))
  const [error, setError] = useState<string | null>(null)
  const update = useUpdateLoyaltySettings()
  const patch = (p: Partial<typeof form>) => setForm((f) => ({ ...f, ...p }))

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    setError(null)
    update.mutate(toBody(form) as unknown as Partial<LoyaltySettings>, {
      onSuccess: ({ settings: saved }) => {
        setForm(toRows(saved))
        toast.success(t("loyalty.settings.saved"))
      },
      onError: (err) => setError(err.message),
    })
  }

  const section = (title: string, hint: string, body: React.ReactNode) => (
    <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
      <div>
        <Heading level="h3">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      </div>
      <div className="md:col-span-2">{body}</div>
    </div>
  )

  return (
    <form
      onSubmit={submit}
      className="divide-y"
      data-testid="loyalty-settings-form"
    >
      {section(
        t("loyalty.settings.earnRates"),
        t("loyalty.settings.earnRatesHint"),
        <RowsEditor
          name="earn-rates"
          rows={form.earnRates}
          onChange={(earnRates) => patch({ earnRates: earnRates as never })}
          columns={[
            { key: "currency", label: t("loyalty.settings.currency") },
            {
              key: "points",
              label: t("loyalty.settings.points"),
              type: "number",
            },
            { key: "per", label: t("loyalty.settings.per"), type: "number" },
          ]}
          addLabel={t("loyalty.settings.addCurrency")}
          blank={{ currency: "", points: "1", per: "1" }}
        />
      )}
      {section(
        t("loyalty.settings.pointValues"),
        t("loyalty.settings.pointValuesHint"),
        <RowsEditor
          name="point-values"
          rows={form.pointValues}
          onChange={(pointValues) =>
            patch({ pointValues: pointValues as never })
          }
          columns={[
            { key: "currency", label: t("loyalty.settings.currency") },
            {
              key: "value",
              label: t("loyalty.settings.value"),
              type: "number",
            },
          ]}
          addLabel={t("loyalty.settings.addCurrency")}
          blank={{ currency: "", value: "1" }}
        />
      )}
      {section(
        t("loyalty.settings.redemption"),
        t("loyalty.settings.redemptionHint"),
        <Field
          id="loyalty-settings-max-redeem"
          label={t("loyalty.settings.maxRedeem")}
          value={form.maxRedeemPercent}
          onChange={(maxRedeemPercent) => patch({ maxRedeemPercent })}
        />
      )}
      {section(
        t("loyalty.settings.tiers"),
        t("loyalty.settings.tiersHint"),
        <div className="flex flex-col gap-y-4">
          <RowsEditor
            name="tiers"
            rows={form.tiers}
            onChange={(tiers) => patch({ tiers: tiers as never })}
            columns={[
              { key: "name", label: t("loyalty.settings.tierName") },
              {
                key: "threshold",
                label: t("loyalty.settings.threshold"),
                type: "number",
              },
              {
                key: "multiplier",
                label: t("loyalty.settings.multiplier"),
                type: "number",
              },
            ]}
            addLabel={t("loyalty.settings.addTier")}
            blank={{ name: "", threshold: "", multiplier: "1" }}
          />
          <Field
            id="loyalty-settings-tier-window"
            label={t("loyalty.settings.tierWindow")}
            value={form.tierWindowMonths}
            onChange={(tierWindowMonths) => patch({ tierWindowMonths })}
          />
        </div>
      )}
      {section(
        t("loyalty.settings.expiry"),
        t("loyalty.settings.expiryHint"),
        <div className="grid grid-cols-2 gap-4">
          <Field
            id="loyalty-settings-expiry-months"
            label={t("loyalty.settings.expiryMonths")}
            value={form.expiryMonths}
            onChange={(expiryMonths) => patch({ expiryMonths })}
          />
          <Field
            id="loyalty-settings-notice-days"
            label={t("loyalty.settings.noticeDays")}
            value={form.expiryNoticeDays}
            onChange={(expiryNoticeDays) => patch({ expiryNoticeDays })}
          />
        </div>
      )}
      <div className="flex items-center justify-end gap-x-4 px-6 py-4">
        {error && (
          <Text
            size="small"
            className="text-ui-fg-error flex-1"
            data-testid="loyalty-settings-error"
          >
            {error}
          </Text>
        )}
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={() => {
            setForm(toRows(settings))
            setError(null)
          }}
        >
          {t("loyalty.settings.reset")}
        </Button>
        <Button
          size="small"
          type="submit"
          isLoading={update.isPending}
          data-testid="loyalty-settings-save"
        >
          {t("loyalty.settings.save")}
        </Button>
      </div>
    </form>
  )
}
