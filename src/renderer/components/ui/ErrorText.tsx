/** An error a researcher must see: announced at once (role=alert), in the theme's error colour. */
export function ErrorText({ message, className }: { message: string; className?: string }) {
  return (
    <p role="alert" className={className === undefined ? 'error-text' : `error-text ${className}`}>
      {message}
    </p>
  );
}
