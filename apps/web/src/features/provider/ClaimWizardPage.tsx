import { claimSchema, NO_REASON_GOODS } from '@sanbao/warranty-rules';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Select,
  Space,
  Steps,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { applyFieldErrors, codeOf, type FieldError } from '../../api/errors.ts';
import { warranty } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { yuan, dateTime } from '../../shared/format.ts';
import { useIdempotencyKey } from '../../shared/idempotency.ts';
import { common } from '../../shared/messages.ts';
import { ErrorState, QueryState } from '../../shared/QueryState.tsx';
import { StatusTag } from '../../shared/StatusTag.tsx';
import { DecisionView } from '../claims/DecisionView.tsx';
import { claimText } from '../claims/messages.ts';

interface FactsForm {
  type: 'quality' | 'no_reason';
  raisedAt: Dayjs;
  partCode?: string;
  faultCode?: string;
  performanceFault?: boolean;
  seriousSafetyFault?: string;
  odometerKm?: number;
  causes?: { misuse?: boolean; unauthorizedDisassembly?: boolean; forceMajeure?: boolean };
  noReason?: { goods?: string; intact?: boolean };
  description?: string;
}

const blankToUndefined = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** The facts form → the engine's claim, checked by the same zod schema the service parses it with. */
function toClaim(v: FactsForm) {
  return {
    type: v.type,
    raisedAt: v.raisedAt.toISOString(),
    partCode: blankToUndefined(v.partCode),
    faultCode: blankToUndefined(v.faultCode),
    performanceFault: v.performanceFault,
    seriousSafetyFault: v.seriousSafetyFault,
    odometerKm: v.odometerKm ?? undefined,
    causes: v.causes,
    noReason:
      v.type === 'no_reason'
        ? { goods: v.noReason?.goods ?? 'ordinary', intact: v.noReason?.intact ?? false }
        : undefined,
  };
}

export default function ClaimWizardPage() {
  const m = useMessages(claimText);
  const c = useMessages(common);
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [serial, setSerial] = useState('');
  const [claimId, setClaimId] = useState<number | null>(null);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [form] = Form.useForm<FactsForm>();
  const openKey = useIdempotencyKey();
  const chooseKey = useIdempotencyKey();

  const unit = useQuery({ ...warranty.sales.get.queryOptions({ serial }), enabled: serial !== '' });
  const history = useQuery({ ...warranty.history.forUnit.queryOptions({ serial }), enabled: serial !== '' });
  const claim = useQuery({ ...warranty.claims.get.queryOptions({ claimId: claimId ?? 1 }), enabled: claimId !== null });
  const open = useMutation(warranty.claims.open.mutationOptions());
  const notServedYet = codeOf(unit.error) === 'NOT_FOUND';
  const choose = useMutation(warranty.claims.chooseRemedy.mutationOptions());

  const submitFacts = async (values: FactsForm) => {
    const parsed = claimSchema.safeParse(toClaim(values));
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((i) => ({
          name: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
          errors: [i.message],
        })) as never,
      );
      return;
    }
    try {
      const opened = await open.mutateAsync({
        idempotencyKey: openKey.key(),
        serial,
        claim: parsed.data,
        description: blankToUndefined(values.description),
      });
      openKey.done();
      setClaimId(opened.id);
      setStep(3);
    } catch (error) {
      // The service names fields as "claim.partCode"; the form's names drop the "claim." prefix.
      const rest = applyFieldErrors(
        form,
        error,
        (path) => path[0] === 'claim' || path[0] === 'description',
        (path) => (path[0] === 'claim' ? path.slice(1) : path),
      );
      setOtherErrors(rest.length ? rest : fieldlessError(error));
    }
  };

  const onChoose = async (remedy: Parameters<typeof choose.mutateAsync>[0]['remedy']) => {
    if (claimId === null) return;
    try {
      await choose.mutateAsync({ idempotencyKey: chooseKey.key(), claimId, remedy });
      chooseKey.done();
      void message.success(m.chosen);
      await claim.refetch();
      setStep(4);
    } catch (error) {
      setOtherErrors(fieldlessError(error));
    }
  };

  return (
    <Card title={m.wizard}>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={[m.stepSerial, m.stepUnit, m.stepFacts, m.stepDecision, m.stepChoice].map((title) => ({ title }))}
      />
      {otherErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={otherErrors.map((e) => `${e.path}: ${e.message}`).join('; ')}
          closable
          onClose={() => setOtherErrors([])}
        />
      )}

      {step === 0 && (
        <Form
          layout="inline"
          onFinish={({ serial: s }: { serial: string }) => {
            setSerial(s.trim());
            setStep(1);
          }}
        >
          <Form.Item label={m.serial} name="serial" rules={[{ required: true, whitespace: true, message: c.required }]}>
            <Input autoFocus style={{ width: 260 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {m.lookup}
          </Button>
        </Form>
      )}

      {step === 1 && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {/* A provider sees a unit's sale and history only once it serves the unit: its first claim opens
              the way, so "not found" here is no reason to stop (a serial never sold is refused on opening). */}
          {notServedYet ? (
            <Alert type="info" showIcon message={m.notServedYet} />
          ) : (
            <QueryState query={unit}>
              {(u) => (
                <Descriptions bordered size="small" column={2}>
                  <Descriptions.Item label={m.serial}>{u.serial}</Descriptions.Item>
                  <Descriptions.Item label={m.model}>{u.modelCode}</Descriptions.Item>
                  <Descriptions.Item label={m.channel}>{u.channel}</Descriptions.Item>
                  <Descriptions.Item label={m.invoiceDate}>{u.invoiceDate}</Descriptions.Item>
                  <Descriptions.Item label={m.deliveredAt}>{dateTime(u.deliveredAt)}</Descriptions.Item>
                  <Descriptions.Item label={m.price}>{yuan(u.priceFen)}</Descriptions.Item>
                </Descriptions>
              )}
            </QueryState>
          )}
          {!notServedYet && (
            <QueryState query={history}>
              {(h) => (
                <List
                  size="small"
                  header={m.repairs}
                  dataSource={h.repairs}
                  locale={{ emptyText: m.none }}
                  renderItem={(r) => (
                    <List.Item>
                      {r.sentOn} → {r.completedOn ?? '…'} · {r.partCode ?? '—'} · {r.faultCode ?? '—'}
                    </List.Item>
                  )}
                  footer={
                    h.replacements.length > 0
                      ? `${m.replacements}: ${h.replacements.map((r) => `${r.replacedOn} (${r.scope})`).join(', ')}`
                      : undefined
                  }
                />
              )}
            </QueryState>
          )}
          <Space>
            <Button onClick={() => setStep(0)}>{c.back}</Button>
            <Button type="primary" disabled={!unit.data && !notServedYet} onClick={() => setStep(2)}>
              {c.next}
            </Button>
          </Space>
        </Space>
      )}

      {step === 2 && (
        <Form<FactsForm>
          form={form}
          layout="vertical"
          initialValues={{ type: 'quality', raisedAt: dayjs(), performanceFault: true }}
          onFinish={submitFacts}
          style={{ maxWidth: 640 }}
        >
          <Form.Item label={m.type} name="type">
            <Radio.Group
              options={[
                { value: 'quality', label: m.quality },
                { value: 'no_reason', label: m.no_reason },
              ]}
            />
          </Form.Item>
          <Form.Item label={m.raisedAt} name="raisedAt" rules={[{ required: true }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item label={m.partCode} name="partCode">
            <Input />
          </Form.Item>
          <Form.Item label={m.faultCode} name="faultCode">
            <Input />
          </Form.Item>
          <Form.Item name="performanceFault" valuePropName="checked">
            <Checkbox>{m.performanceFault}</Checkbox>
          </Form.Item>
          <Form.Item label={m.safetyFault} name="seriousSafetyFault">
            <Select
              allowClear
              options={['steering', 'brake', 'body_crack', 'fuel_leak', 'battery_fire', 'other'].map((v) => ({
                value: v,
                label: v,
              }))}
            />
          </Form.Item>
          <Form.Item label={m.odometerKm} name="odometerKm">
            <InputNumber min={0} style={{ width: 200 }} />
          </Form.Item>
          <Space wrap>
            {(['misuse', 'unauthorizedDisassembly', 'forceMajeure'] as const).map((k) => (
              <Form.Item key={k} name={['causes', k]} valuePropName="checked" noStyle>
                <Checkbox>{m[k]}</Checkbox>
              </Form.Item>
            ))}
          </Space>
          <Form.Item noStyle shouldUpdate={(a, b) => a.type !== b.type}>
            {({ getFieldValue }) =>
              getFieldValue('type') === 'no_reason' && (
                <Space style={{ marginTop: 16 }}>
                  <Form.Item label={m.goods} name={['noReason', 'goods']} initialValue="ordinary">
                    <Select style={{ width: 240 }} options={NO_REASON_GOODS.map((v) => ({ value: v, label: v }))} />
                  </Form.Item>
                  <Form.Item name={['noReason', 'intact']} valuePropName="checked">
                    <Checkbox>{m.intact}</Checkbox>
                  </Form.Item>
                </Space>
              )
            }
          </Form.Item>
          <Form.Item label={m.description} name="description" style={{ marginTop: 16 }}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Space>
            <Button onClick={() => setStep(1)}>{c.back}</Button>
            <Button type="primary" htmlType="submit" loading={open.isPending}>
              {m.openClaim}
            </Button>
          </Space>
        </Form>
      )}

      {step >= 3 && (
        <QueryState query={claim}>
          {(cl) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Descriptions size="small">
                <Descriptions.Item label={m.claimNo}>
                  <Link to={`/claims/${cl.id}`}>{cl.claimNo}</Link>
                </Descriptions.Item>
                <Descriptions.Item label={m.state}>
                  <StatusTag status={cl.state} />
                </Descriptions.Item>
              </Descriptions>
              {cl.adjudication ? (
                <DecisionView
                  decision={cl.adjudication.decision}
                  onChoose={(k) => void onChoose(k)}
                  choosing={choose.isPending}
                  chosen={cl.chosenRemedy}
                />
              ) : (
                <ErrorState error={null} />
              )}
            </Space>
          )}
        </QueryState>
      )}
    </Card>
  );
}

function fieldlessError(error: unknown): FieldError[] {
  return [{ path: '', message: error instanceof Error ? error.message : String(error) }];
}
