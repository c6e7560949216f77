import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { OnboardingStep } from '@/lib/business/onboarding';

/** The dashboard's setup checklist; the page hides it once every required step is done. */
export function OnboardingCard({ steps, doneCount, requiredCount }: { steps: OnboardingStep[]; doneCount: number; requiredCount: number }) {
  return (
    <Card>
      <section aria-labelledby="onboarding-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="onboarding-title" className="font-semibold">
            Get your storefront ready
          </h2>
          <p className="text-sm text-slate-600">
            {doneCount} of {requiredCount} required steps done
          </p>
        </div>
        <ol className="mt-3 space-y-2">
          {steps.map((step) => (
            <li key={step.key} className="flex items-start gap-3 text-sm">
              <span
                aria-hidden="true"
                className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${step.done ? 'bg-emerald-600 text-white' : 'border border-slate-300 text-transparent'}`}
              >
                ✓
              </span>
              <span>
                {step.done ? (
                  <span className="text-slate-500 line-through">{step.label}</span>
                ) : (
                  <Link href={step.href} className="font-medium text-brand-700 underline">
                    {step.label}
                  </Link>
                )}
                {step.optional ? <span className="text-slate-500"> (optional, not counted)</span> : null}
                <span className="sr-only">{step.done ? ' (done)' : ' (to do)'}</span>
                {step.done ? null : <span className="block text-slate-600">{step.hint}</span>}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </Card>
  );
}
