import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Text, Textarea } from '@fluentui/react-components';

export interface RedExplanationDialogProps {
  readonly reference: string;
  /** The plan's own word for Red ("Red", "Delayed"). */
  readonly redLabel: string;
  readonly initial?: string;
  readonly onCancel: () => void;
  readonly onConfirm: (explanation: string) => void;
}

/** Moving an action to Red asks why: the self-assessment wants an explanation for every Red. */
export function RedExplanationDialog({ reference, redLabel, initial = '', onCancel, onConfirm }: RedExplanationDialogProps) {
  const [text, setText] = useState(initial);
  const [tried, setTried] = useState(false);
  const missing = text.trim() === '';
  const confirm = () => {
    setTried(true);
    if (!missing) onConfirm(text.trim());
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Why is {reference} {redLabel}?</DialogTitle>
          <DialogContent>
            <Text as="p">The self-assessment asks for an explanation for every action marked {redLabel}. Say what is delayed or blocked, and what would unblock it.</Text>
            <Field
              label="Explanation"
              required
              validationState={tried && missing ? 'error' : 'none'}
              validationMessage={tried && missing ? `Write why the action is ${redLabel} before saving.` : undefined}
            >
              <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={4} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>Cancel</Button>
            <Button appearance="primary" onClick={confirm}>
              Mark as {redLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
