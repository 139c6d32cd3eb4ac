import { Alert, Button } from 'antd';
import { useId, useState, type ChangeEvent, type FormEvent, type InputHTMLAttributes } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { homeOf } from '../../app/navigation.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { login, type LoginResult } from '../../auth/session.ts';
import { fill, useMessages } from '../../i18n/locale.tsx';
import { LocaleSwitch } from '../../i18n/LocaleSwitch.tsx';
import { loginText } from './messages.ts';
import './login.css';

type Failure = Exclude<LoginResult, { ok: true }>;
type Field = 'username' | 'password';

/** A labelled native input with the line that says it is missing (empty when it is not). */
function LoginField({
  label,
  missing,
  requiredText,
  ...input
}: { label: string; missing: boolean | undefined; requiredText: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input className="login-input" id={id} aria-invalid={missing} {...input} />
      <div className="login-error" aria-live="polite">
        {missing ? requiredText : ''}
      </div>
    </>
  );
}

/**
 * Sign-in. A plain form with native inputs: antd's Form and Input bring tooltips, a field store and
 * a text-area the two fields do not need, and this page is inside the initial-JavaScript budget.
 */
export default function LoginPage() {
  const m = useMessages(loginText);
  const { user, signedIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '' });
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  if (user) return <Navigate to={homeOf(user.role)} replace />;

  const { username, password } = values;
  /** What each field shows and how it writes its value: the same for both. */
  const field = (name: Field) => ({
    name,
    label: m[name],
    missing: missing[name],
    requiredText: m.required,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
    disabled: busy,
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const gaps = { username: !username.trim(), password: !password };
    setMissing(gaps);
    if (gaps.username || gaps.password) return;
    setBusy(true);
    const result = await login(username.trim(), password).catch((): LoginResult => ({
      ok: false,
      error: 'unavailable',
    }));
    setBusy(false);
    if (!result.ok) return setFailure(result);
    signedIn(result.user);
    const next = params.get('next');
    void navigate(next?.startsWith('/') && !next.startsWith('//') ? next : homeOf(result.user.role), { replace: true });
  };

  const message =
    failure?.error === 'locked'
      ? fill(m.locked, { m: Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)) })
      : failure?.error === 'invalid_credentials'
        ? m.invalid
        : failure
          ? m.unavailable
          : params.get('reason') === 'expired'
            ? m.expired
            : null;

  return (
    <main className="login">
      <section aria-labelledby="login-title" className="login-card">
        <div className="login-head">
          <div>
            <h1 id="login-title">{m.title}</h1>
            <p>{m.subtitle}</p>
          </div>
          <LocaleSwitch />
        </div>
        {message && (
          <Alert
            type={failure ? 'error' : 'warning'}
            showIcon
            message={message}
            role="alert"
            data-testid="login-message"
            style={{ marginBottom: 16 }}
          />
        )}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <LoginField {...field('username')} autoComplete="username" autoFocus />
          <LoginField {...field('password')} type="password" autoComplete="current-password" />
          <Button type="primary" htmlType="submit" block loading={busy}>
            {m.signIn}
          </Button>
        </form>
      </section>
    </main>
  );
}
