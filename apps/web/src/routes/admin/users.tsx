import { ROLES } from "@dti/contracts/enums";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, type RouterInputs } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { useUnits } from "../../api/hooks";
import { useUser, type Role } from "../../api/session";
import { usePageTitle } from "../../components/page-title";
import { DemoBadge, Empty, ErrorState, Loading } from "../../components/status";
import { formatDate } from "../../format/date";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";
import type { MessageKey } from "../../i18n/messages";
import { UnitOptions } from "../../components/unit-options";

/** Accounts and roles: national admins manage everyone, a province admin its province's contributors and viewers. */
export default function Users() {
  const { t } = useI18n();
  const me = useUser();
  const queryClient = useQueryClient();
  usePageTitle(t("users.title"));
  const users = useQuery({ queryKey: ["users.list"], queryFn: () => api.users.list.query({}) });
  const units = useUnits();
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const toggle = useMutation({
    mutationFn: (input: { userId: string; disabled: boolean }) => api.users.setDisabled.mutate(input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["users.list"] }),
  });
  return (
    <section>
      <h1>{t("users.title")}</h1>
      {toggle.error && (
        <p className="alert alert-error" role="alert">
          {errorText(apiErrorOf(toggle.error), t)}
        </p>
      )}
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorState error={users.error} retry={() => void users.refetch()} />
      ) : users.data.length === 0 ? (
        <Empty>{t("users.none")}</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("auth.email")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("common.province")}</th>
              <th scope="col">{t("users.agency")}</th>
              <th scope="col">{t("users.created")}</th>
              <th scope="col">{t("common.status")}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.displayName} {u.isDemo && <DemoBadge />}
                </td>
                <td>{u.email}</td>
                <td>{t(`role.${u.role}` as MessageKey)}</td>
                <td>{u.unitId ? (unitName.get(u.unitId) ?? u.unitId) : "—"}</td>
                <td>{u.agency ?? "—"}</td>
                <td>{formatDate(u.createdAt)}</td>
                <td>
                  {u.disabled ? t("users.disabled") : t("users.active")}{" "}
                  {u.id !== me.id && (
                    <button type="button" className="btn-link" onClick={() => toggle.mutate({ userId: u.id, disabled: !u.disabled })}>
                      {u.disabled ? t("users.enable") : t("users.disable")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CreateUser />
    </section>
  );
}

function CreateUser() {
  const { t } = useI18n();
  const me = useUser();
  const queryClient = useQueryClient();
  const units = useUnits();
  const roles = me.role === "national_admin" ? ROLES : (["agency_contributor", "viewer"] as Role[]);
  const [form, setForm] = useState<RouterInputs["users"]["create"]>({
    email: "",
    name: "",
    password: "",
    role: roles[roles.length - 1]!,
    unitId: me.unitId,
    agency: null,
  });
  const create = useMutation({
    mutationFn: () => api.users.create.mutate(form),
    onSuccess: () => {
      setForm({ ...form, email: "", name: "", password: "" });
      void queryClient.invalidateQueries({ queryKey: ["users.list"] });
    },
  });
  const fieldError = (path: string) => (create.error ? apiErrorOf(create.error).fields.find((f) => f.path === path)?.message : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const needsUnit = form.role !== "national_admin";
  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-user">
      <h2 id="new-user">{t("users.create")}</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor="u-name">{t("users.name")}</label>
          <input id="u-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        </div>
        <div className="field">
          <label htmlFor="u-email">{t("auth.email")}</label>
          <input
            id="u-email"
            type="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            required
            aria-invalid={fieldError("email") ? true : undefined}
          />
          {fieldError("email") && <p className="field-error">{fieldError("email")}</p>}
        </div>
        <div className="field">
          <label htmlFor="u-password">{t("users.password")}</label>
          <input
            id="u-password"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            required
            aria-describedby="u-password-hint"
          />
          <p id="u-password-hint" className="hint">
            {t("users.passwordHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="u-role">{t("users.role")}</label>
          <select
            id="u-role"
            value={form.role}
            onChange={(e) =>
              setForm({ ...form, role: e.target.value as Role, unitId: e.target.value === "national_admin" ? null : form.unitId })
            }
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {needsUnit && me.role === "national_admin" && (
          <div className="field">
            <label htmlFor="u-unit">{t("common.province")}</label>
            <select id="u-unit" value={form.unitId ?? ""} onChange={(e) => setForm({ ...form, unitId: e.target.value || null })}>
              <option value="">{t("common.choose")}</option>
              <UnitOptions units={units.data ?? []} />
            </select>
          </div>
        )}
        {form.role === "agency_contributor" && (
          <div className="field">
            <label htmlFor="u-agency">{t("users.agency")}</label>
            <input id="u-agency" value={form.agency ?? ""} onChange={(e) => setForm({ ...form, agency: e.target.value || null })} />
          </div>
        )}
      </div>
      {create.error && (
        <p className="alert alert-error" role="alert">
          {errorText(apiErrorOf(create.error), t)}
        </p>
      )}
      {create.isSuccess && (
        <p className="ok" role="status">
          {t("users.created")}: {create.data.email}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {t("users.createButton")}
      </button>
    </form>
  );
}
