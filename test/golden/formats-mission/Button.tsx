import { cn } from '@/lib/utils';

export function Button({ className, children, ...props }: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button className={cn('rounded-md px-4 py-2 text-sm font-medium', className)} {...props}>
      {children}
    </button>
  );
}
