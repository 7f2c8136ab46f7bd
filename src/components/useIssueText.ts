/** Translates core's uneven-division notes; core's own English message is the fallback. */
import { useTranslation } from 'react-i18next';
import type { SpecIssue } from '../core/issues';

export function useIssueText(): (issue: SpecIssue) => string {
  const { t } = useTranslation();
  return (issue) => {
    if (issue.code !== 'rounded') return issue.message;
    const v = issue.values;
    const values = {
      input: String(v.input),
      kernel: String(v.kernel),
      padding: String(v.padding),
      stride: String(v.stride),
      exact: String(v.exact),
      output: String(v.output),
      dropped: String(v.dropped),
      padded: String(v.padded),
    };
    return t(Number(v.dropped) > 0 ? 'issues.roundedDropped' : 'issues.roundedPadded', values);
  };
}
