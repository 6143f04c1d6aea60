import { useRef, useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The native input stays in the page (keyboard, screen readers and tests reach it) but is drawn
  // by the button beside it, like every other control of the tab.
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
  name: { color: tokens.colorNeutralForeground2 },
});

export interface FilePickerProps {
  /** Accessible name of the input ("Ratings file"). */
  readonly label: string;
  /** What the button says ("Choose a file…"). */
  readonly buttonText?: string;
  readonly accept?: string;
  readonly disabled?: boolean;
  readonly onFile: (file: File | undefined) => void;
}

/** A file input drawn as a Fluent button with the chosen file's name beside it. */
export function FilePicker({ label, buttonText = 'Choose a file…', accept, disabled, onFile }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string>();
  return (
    <span className={styles.root}>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        disabled={disabled}
        className={styles.input}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setName(file?.name);
          onFile(file);
        }}
      />
      <Button icon={<DocumentArrowUpRegular />} disabled={disabled} onClick={() => input.current?.click()}>
        {buttonText}
      </Button>
      <Text className={styles.name} aria-live="polite">
        {name ?? 'No file chosen'}
      </Text>
    </span>
  );
}
